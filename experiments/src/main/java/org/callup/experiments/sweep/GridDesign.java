package org.callup.experiments.sweep;

/**
 * Every combination of the parameters' listed values, the first parameter varying slowest (as nested loops in the
 * order of the file). A value's coordinate is the middle of its share of the unit interval.
 */
final class GridDesign implements Design {
    private final int[] counts;
    private final int size;

    GridDesign(int[] counts) {
        this.counts = counts.clone();
        long n = 1;
        for (int c : counts) {
            n *= c;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " combinations");
            }
        }
        this.size = (int) n;
    }

    /** The number of combinations, or -1 when it would not fit in an int. */
    static long sizeOf(int[] counts) {
        long n = 1;
        for (int c : counts) {
            n *= c;
            if (n > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return n;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] coordinates(int index) {
        double[] u = new double[counts.length];
        int rest = index;
        for (int j = counts.length - 1; j >= 0; j--) {
            u[j] = (rest % counts[j] + 0.5) / counts[j];
            rest /= counts[j];
        }
        return u;
    }
}
