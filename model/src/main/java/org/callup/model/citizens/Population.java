package org.callup.model.citizens;

import java.util.Arrays;

/**
 * The synthetic population as a structure of arrays: citizen {@code i} is the {@code i}-th entry of every array.
 * Citizens are stored region by region ({@link #regionStart}), so a sweep knows a citizen's region without
 * storing it. About 14 bytes per citizen.
 */
public final class Population {
    /** Citizens of region r are {@code regionStart[r]} to {@code regionStart[r+1] - 1}. */
    public final int[] regionStart;

    public final byte[] state;
    /** Day index on which the citizen entered his current state. */
    public final short[] since;
    /** Border post of the current trip or stay abroad, or -1. */
    public final byte[] post;

    public final byte[] marks;
    public final byte[] traits;
    public final byte[] occupation;
    public final byte[] age;
    public final byte[] antiWar;
    public final byte[] riskAversion;
    public final byte[] visibility;
    public final byte[] income;
    public final byte[] savings;

    public Population(int[] regionStart) {
        this.regionStart = regionStart.clone();
        int n = regionStart[regionStart.length - 1];
        state = new byte[n];
        since = new short[n];
        post = new byte[n];
        Arrays.fill(post, (byte) -1);
        marks = new byte[n];
        traits = new byte[n];
        occupation = new byte[n];
        age = new byte[n];
        antiWar = new byte[n];
        riskAversion = new byte[n];
        visibility = new byte[n];
        income = new byte[n];
        savings = new byte[n];
    }

    private Population(Population from) {
        this.regionStart = from.regionStart;
        state = from.state.clone();
        since = from.since.clone();
        post = from.post.clone();
        marks = from.marks.clone();
        traits = from.traits.clone();
        occupation = from.occupation.clone();
        age = from.age.clone();
        antiWar = from.antiWar.clone();
        riskAversion = from.riskAversion.clone();
        visibility = from.visibility.clone();
        income = from.income.clone();
        savings = from.savings.clone();
    }

    /** A copy whose arrays are its own (the region blocks, never written, are shared). */
    public Population copy() {
        return new Population(this);
    }

    public int size() {
        return state.length;
    }

    public int regionCount() {
        return regionStart.length - 1;
    }

    public int regionSize(int r) {
        return regionStart[r + 1] - regionStart[r];
    }

    /** Region of citizen i (binary search over the region blocks). */
    public int regionOf(int i) {
        int r = Arrays.binarySearch(regionStart, i);
        if (r >= 0) {
            while (r + 1 < regionStart.length && regionStart[r + 1] == i) {
                r++;
            }
            return r;
        }
        return -r - 2;
    }

    public boolean has(int i, int traitBit) {
        return (traits[i] & traitBit) != 0;
    }

    public boolean marked(int i, int markBit) {
        return (marks[i] & markBit) != 0;
    }

    public void mark(int i, int markBit) {
        marks[i] |= (byte) markBit;
    }

    public void unmark(int i, int markBit) {
        marks[i] &= (byte) ~markBit;
    }

    /** Bytes of model state per citizen (the arrays above). */
    public static int bytesPerCitizen() {
        return 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1;
    }
}
