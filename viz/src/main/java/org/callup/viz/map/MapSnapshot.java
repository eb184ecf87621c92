package org.callup.viz.map;

import org.callup.model.observe.DayObservation;

/**
 * What the map shows of one day, copied on the simulation thread so that painting never reads arrays the model is
 * changing: the day's observation (immutable), the flows from regions to posts, and which posts were open.
 *
 * @param day   the observation
 * @param flows persons who set off from region r towards post p that day, {@code [r][p]}
 * @param open  whether each post was open at the end of the day
 */
public record MapSnapshot(DayObservation day, double[][] flows, boolean[] open) {}
