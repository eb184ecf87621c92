package org.callup.model.border;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-in, first-out queue of one post: day cohorts of men and other travellers. */
class BorderQueueTest {

    private static int[] front(BorderQueue q) {
        int[] out = new int[q.menCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = q.man(k);
        }
        return out;
    }

    /** Serves the whole queue front to back, cohort by cohort, as the border phase does. */
    private static List<Integer> drain(BorderQueue q) {
        List<Integer> served = new ArrayList<>();
        while (q.cohortCount() > 0) {
            int men = q.frontCohortMen();
            for (int k = 0; k < men; k++) {
                served.add(q.man(k));
            }
            q.popMen(men);
            q.takeOthers(q.frontCohortOthers());
            q.dropFrontCohortIfEmpty();
        }
        return served;
    }

    @Test
    void menLeaveInTheOrderOfTheirArrivalAcrossCohorts() {
        BorderQueue q = new BorderQueue();
        q.arrive(new int[] {7, 3, 9}, 3, 10);
        q.arrive(new int[] {1, 2}, 2, 5);
        q.arrive(new int[] {}, 0, 4);
        q.arrive(new int[] {8, 4, 6, 5}, 4, 0);
        assertEquals(9, q.menCount());
        assertEquals(19, q.othersCount(), 1e-12);
        assertEquals(4, q.cohortCount());
        assertEquals(3, q.frontCohortMen());
        assertEquals(10, q.frontCohortOthers(), 1e-12);
        assertEquals(List.of(7, 3, 9, 1, 2, 8, 4, 6, 5), drain(q));
        assertEquals(0, q.menCount());
        assertEquals(0, q.othersCount(), 1e-12);
    }

    @Test
    void onlyTheFirstArrivalsOfACountAreTaken() {
        BorderQueue q = new BorderQueue();
        q.arrive(new int[] {5, 6, 7, 8, 99}, 4, 0); // the fifth entry is beyond the count
        assertArrayEquals(new int[] {5, 6, 7, 8}, front(q));
    }

    @Test
    void partialServiceLeavesTheRestOfTheCohortInFront() {
        BorderQueue q = new BorderQueue();
        q.arrive(new int[] {1, 2, 3, 4}, 4, 100);
        q.arrive(new int[] {5, 6}, 2, 50);
        q.popMen(3);
        q.takeOthers(75);
        q.dropFrontCohortIfEmpty();
        assertEquals(2, q.cohortCount(), "the front cohort still has a man and 25 others");
        assertEquals(1, q.frontCohortMen());
        assertEquals(25, q.frontCohortOthers(), 1e-12);
        assertArrayEquals(new int[] {4, 5, 6}, front(q));
        q.popMen(1);
        q.takeOthers(25);
        q.dropFrontCohortIfEmpty();
        assertEquals(1, q.cohortCount());
        assertArrayEquals(new int[] {5, 6}, front(q));
        q.takeOthers(1000);
        assertEquals(0, q.frontCohortOthers(), "others never go negative");
    }

    @Test
    void removeIfKeepsTheOrderOfThoseWhoStay() {
        BorderQueue q = new BorderQueue();
        q.arrive(new int[] {10, 11, 12, 13}, 4, 0);
        q.arrive(new int[] {14, 15, 16}, 3, 0);
        q.popMen(1); // 10 served
        q.removeIf(m -> m % 2 == 1);
        assertArrayEquals(new int[] {12, 14, 16}, front(q));
        assertEquals(1, q.frontCohortMen(), "cohort of the first day keeps only 12");
        assertEquals(List.of(12, 14, 16), drain(q));
    }

    @Test
    void longQueuesStayFirstInFirstOutWhileTheBufferGrowsAndCompacts() {
        BorderQueue q = new BorderQueue();
        List<Integer> expected = new ArrayList<>();
        List<Integer> served = new ArrayList<>();
        int next = 0;
        for (int day = 0; day < 200; day++) {
            int n = 1 + (day * 37) % 23;
            int[] a = new int[n];
            for (int k = 0; k < n; k++) {
                a[k] = next;
                expected.add(next++);
            }
            q.arrive(a, n, 1.0);
            // serve up to 9 men a day from the front, across cohorts
            int capacity = 9;
            while (capacity > 0 && q.cohortCount() > 0) {
                int take = Math.min(capacity, q.frontCohortMen());
                for (int k = 0; k < take; k++) {
                    served.add(q.man(k));
                }
                q.popMen(take);
                capacity -= take;
                if (q.frontCohortMen() == 0) {
                    q.takeOthers(1.0);
                }
                q.dropFrontCohortIfEmpty();
            }
        }
        served.addAll(drain(q));
        assertEquals(expected, served);
    }

    @Test
    void clearHandsEveryManOverAndEmptiesTheQueue() {
        BorderQueue q = new BorderQueue();
        q.arrive(new int[] {3, 1}, 2, 7);
        q.arrive(new int[] {2}, 1, 7);
        List<Integer> sent = new ArrayList<>();
        q.clear(sent::add);
        assertEquals(List.of(3, 1, 2), sent);
        assertEquals(0, q.menCount());
        assertEquals(0, q.cohortCount());
        assertEquals(0, q.othersCount(), 1e-12);
    }
}
