package org.callup.experiments.sweep;

import java.util.List;

/**
 * One varied parameter of a sweep: a column of runs.csv and a dimension of the design. Its value is written to
 * every slot (a shared value, e.g. the date several posts close), or, for {@code multiply}, is a factor applied to
 * each slot's value in the base scenario (e.g. the shares of all exempt occupations at once).
 */
record SweepParameter(String name, List<Slot> slots, boolean multiply, Domain domain) {
    SweepParameter {
        slots = List.copyOf(slots);
    }
}
