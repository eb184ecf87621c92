package org.callup.model.sim;

import java.util.Arrays;

/** A growable list of ints (citizen indices) without boxing. */
public final class IntList {
    private int[] a = new int[16];
    private int n;

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
