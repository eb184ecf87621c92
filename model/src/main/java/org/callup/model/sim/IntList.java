package org.callup.model.sim;

import java.util.Arrays;

/**
 * A growable list of ints (citizen indices) without boxing. Lists of neighbouring chunks are filled by different
 * workers at the same time, so the list keeps its size away from its neighbours' (padding) and starts with an array
 * large enough not to share cache lines with the next list's.
 */
public final class IntList {
    private static final int INITIAL = 256;
    // padding: keeps n on a cache line of its own (64 bytes) when lists are allocated one after another
    @SuppressWarnings("unused")
    private long p0, p1, p2, p3, p4, p5, p6, p7;
    private int[] a = new int[INITIAL];
    private int n;
    @SuppressWarnings("unused")
    private long q0, q1, q2, q3, q4, q5, q6, q7;

    public void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n++] = v;
    }

    public int get(int k) {
        return a[k];
    }

    public int size() {
        return n;
    }

    public void clear() {
        n = 0;
    }
}
