package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainSweepProgressTest {
    private long now;

    @Test
    void aLinePerTenthWithFailuresSpeedAndTimeLeftCountingOnlyThisInvocationsPace() {
        StringWriter w = new StringWriter();
        PlainSweepProgress p = new PlainSweepProgress(new PrintWriter(w), "s", () -> now);
        p.started(100, 40, 3);
        for (int run = 1; run <= 60; run++) {
            now += 3_000_000_000L;
            p.runDone(run, run == 7);
        }
        List<String> lines = w.toString().lines().toList();
        assertEquals(6, lines.size(), w.toString());
        assertEquals("s: 50/100 runs (50%), 4 failed, 20.0 runs/min, 2 min 30 s left", lines.get(0));
        assertEquals("s: 100/100 runs (100%), 4 failed, 20.0 runs/min", lines.get(5));
    }

    @Test
    void aSlowSweepStillSaysSomethingEveryMinute() {
        StringWriter w = new StringWriter();
        PlainSweepProgress p = new PlainSweepProgress(new PrintWriter(w), "s", () -> now);
        p.started(1000, 0, 0);
        now += 61_000_000_000L;
        p.runDone(1, false);
        assertEquals(
                "s: 1/1000 runs (0%), 0 failed, 1.0 runs/min, 16 h 55 min left",
                w.toString().strip());
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("59 s", PlainSweepProgress.duration(59.4));
        assertEquals("2 min 05 s", PlainSweepProgress.duration(125));
        assertEquals("3 h 20 min", PlainSweepProgress.duration(12_000));
    }
}
