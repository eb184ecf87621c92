package org.callup.viz.map;

import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.ObservationSink;
import org.callup.model.params.BorderPostSpec;

/**
 * Feeds the map from a running model: at the end of each day, on the simulation thread, copies what the map needs
 * (the observation, the flows from regions to posts, which posts are open) into a {@link MapSnapshot}.
 */
public final class MapFeed implements ObservationSink {
    private final MobilizationModel model;
    private final MapState state;
    private final int[] regionScopes;

    public MapFeed(MobilizationModel model, MapState state, int[] regionScopes) {
        this.model = model;
        this.state = state;
        this.regionScopes = regionScopes.clone();
    }

    @Override
    public void begin(org.callup.model.params.Scenario scenario, org.callup.model.observe.ObservationSpace space) {
        state.clear();
    }

    @Override
    public void accept(DayObservation day) {
        List<BorderPostSpec> posts = model.params().borders().posts();
        boolean[] open = new boolean[posts.size()];
        for (int p = 0; p < open.length; p++) {
            open[p] = posts.get(p).open();
        }
        state.publish(new MapSnapshot(day, model.engine().flowsRegionToPost(), open), regionScopes);
    }
}
