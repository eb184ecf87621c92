package org.callup.model.border;

import java.util.Arrays;

/**
 * A first-in, first-out queue at one border post. Simulated men (each standing for {@code scale} real men) and
 * other travellers (a count of real persons) queue together in day cohorts: everyone who arrived on an earlier day
 * is served before anyone who arrived later; within a day, men are served in a random order fixed on arrival.
 */
public final class BorderQueue {
    private int[] men = new int[64];
    private int head;
    private int tail;
    // cohorts: per arrival day, how many men of the ring belong to it, and other travellers still waiting
    private int[] cohortMen = new int[16];
    private double[] cohortOthers = new double[16];
    private int cohortHead;
    private int cohortTail;

    /** Adds one day's arrivals: men in the given order, plus other travellers (real persons). */
    public void arrive(int[] arrivals, int count, double others) {
        ensureCohort();
        cohortMen[cohortTail] = count;
        cohortOthers[cohortTail] = others;
        cohortTail++;
        for (int k = 0; k < count; k++) {
            if (tail == men.length) {
                compactOrGrow();
            }
            men[tail++] = arrivals[k];
        }
    }

    private void ensureCohort() {
        if (cohortTail == cohortMen.length) {
            int live = cohortTail - cohortHead;
            if (cohortHead > cohortMen.length / 2) {
                System.arraycopy(cohortMen, cohortHead, cohortMen, 0, live);
                System.arraycopy(cohortOthers, cohortHead, cohortOthers, 0, live);
            } else {
                cohortMen = Arrays.copyOfRange(cohortMen, cohortHead, cohortHead + live * 2 + 16);
                cohortOthers = Arrays.copyOfRange(cohortOthers, cohortHead, cohortHead + live * 2 + 16);
            }
            cohortHead = 0;
            cohortTail = live;
        }
    }

    private void compactOrGrow() {
        int live = tail - head;
        if (head > men.length / 2) {
            System.arraycopy(men, head, men, 0, live);
        } else {
            men = Arrays.copyOfRange(men, head, head + Math.max(64, live * 2));
        }
        head = 0;
        tail = live;
    }

    /** Men in the queue. */
    public int menCount() {
        return tail - head;
    }

    /** Other travellers in the queue (real persons). */
    public double othersCount() {
        double s = 0;
        for (int c = cohortHead; c < cohortTail; c++) {
            s += cohortOthers[c];
        }
        return s;
    }

    /** The k-th man from the front (0-based). */
    public int man(int k) {
        return men[head + k];
    }

    public int cohortCount() {
        return cohortTail - cohortHead;
    }

    /** Men in the oldest cohort. */
    public int frontCohortMen() {
        return cohortMen[cohortHead];
    }

    public double frontCohortOthers() {
        return cohortOthers[cohortHead];
    }

    /** Removes {@code n} men from the front (they belong to the oldest cohort). */
    public void popMen(int n) {
        head += n;
        cohortMen[cohortHead] -= n;
    }

    public void takeOthers(double persons) {
        cohortOthers[cohortHead] = Math.max(0, cohortOthers[cohortHead] - persons);
    }

    /** Drops the oldest cohort once it is empty. */
    public void dropFrontCohortIfEmpty() {
        if (cohortHead < cohortTail && cohortMen[cohortHead] == 0 && cohortOthers[cohortHead] <= 1e-9) {
            cohortHead++;
        }
    }

    /**
     * Removes the men for whom {@code leave} answers true, wherever they stand, keeping the order of the others
     * (men turned back or served a summons in the queue).
     */
    public void removeIf(java.util.function.IntPredicate leave) {
        int write = head;
        int read = head;
        for (int c = cohortHead; c < cohortTail; c++) {
            int kept = 0;
            for (int k = 0; k < cohortMen[c]; k++) {
                int m = men[read++];
                if (!leave.test(m)) {
                    men[write++] = m;
                    kept++;
                }
            }
            cohortMen[c] = kept;
        }
        tail = write;
    }

    /** Whether man {@code man} gives up, facing the chance {@code chance} of his cohort. */
    @FunctionalInterface
    public interface GiveUp {
        boolean test(int man, double chance);
    }

    /**
     * Lets the queue thin out from the front to the back: a cohort's chance of giving up is {@code chance} of the
     * persons still ahead of the middle of the cohort (after those ahead have given up); each of its men leaves if
     * {@code leaves} says so, and that share of its other travellers leaves with them. Returns the other travellers
     * who left (persons).
     */
    public double giveUp(int scale, java.util.function.DoubleUnaryOperator chance, GiveUp leaves) {
        int write = head;
        int read = head;
        double ahead = 0;
        double othersLeft = 0;
        for (int c = cohortHead; c < cohortTail; c++) {
            double persons = cohortMen[c] * (double) scale + cohortOthers[c];
            double p = chance.applyAsDouble(ahead + persons / 2);
            int kept = 0;
            for (int k = 0; k < cohortMen[c]; k++) {
                int m = men[read++];
                if (!leaves.test(m, p)) {
                    men[write++] = m;
                    kept++;
                }
            }
            cohortMen[c] = kept;
            othersLeft += cohortOthers[c] * p;
            cohortOthers[c] *= 1 - p;
            ahead += kept * (double) scale + cohortOthers[c];
        }
        tail = write;
        while (cohortHead < cohortTail && cohortMen[cohortHead] == 0 && cohortOthers[cohortHead] <= 1e-9) {
            cohortHead++;
        }
        return othersLeft;
    }

    /** Empties the queue, handing every man to {@code each}. */
    public void clear(java.util.function.IntConsumer each) {
        for (int k = head; k < tail; k++) {
            each.accept(men[k]);
        }
        head = tail = 0;
        cohortHead = cohortTail = 0;
    }
}
