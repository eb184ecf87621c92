package org.callup.experiments.sweep;

/**
 * The points of a sweep as coordinates in the unit cube, one per parameter; each parameter's {@link Domain} turns
 * its coordinate into a value. Points are numbered from 0 here and from 1 in the files.
 */
interface Design {
    int size();

    /** The coordinates of point {@code index}, each in [0, 1). */
    double[] coordinates(int index);
}
