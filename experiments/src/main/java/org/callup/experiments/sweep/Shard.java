package org.callup.experiments.sweep;

/**
 * Slice {@code index} of {@code count} of a sweep's runs (both from 1): the runs {@code r} with
 * {@code (r - 1) % count == index - 1}. The whole sweep is slice 1 of 1.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, was " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}; throws IllegalArgumentException saying what is expected. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard: expected K/N, e.g. 2/8");
    }

    public boolean whole() {
        return count == 1;
    }

    public boolean contains(int run) {
        return (run - 1) % count == index - 1;
    }

    /** The number of runs of this slice among {@code runs}. */
    public int size(int runs) {
        return runs / count + (runs % count >= index ? 1 : 0);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
