package org.callup.cli;

import java.util.Locale;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.OutputSpec;

/**
 * A rough upper bound of the memory a run needs, checked before it starts so that a run too large for the heap is
 * refused at once with the advice that fits, instead of failing after minutes: the population (a few dozen bytes
 * of arrays per simulated citizen, see the performance notes, with room for ties and scratch) plus the daily series
 * kept while the run goes (a double per day and series, for the table, the running moments and their copy).
 */
final class MemoryEstimate {
    static final long BYTES_PER_CITIZEN = 96;
    static final long BYTES_PER_SERIES_DAY = 3 * Double.BYTES;
    /** Java itself, the class files and the charts. */
    static final long BASE_BYTES = 64L << 20;

    final long citizenBytes;
    final long seriesBytes;

    MemoryEstimate(Scenario s, OutputSpec output) {
        citizenBytes = BYTES_PER_CITIZEN * s.population().citizenCount();
        seriesBytes = BYTES_PER_SERIES_DAY * s.days() * series(s, output);
    }

    long total() {
        return total(1);
    }

    /** The memory of {@code concurrent} such runs at once (a sweep's or a calibration's worker threads). */
    long total(int concurrent) {
        return BASE_BYTES + concurrent * (citizenBytes + seriesBytes);
    }

    /** Refuses a run that would not fit in {@code maxHeap} bytes, saying what to change. */
    void check(long maxHeap, Scenario s) throws BadInputException {
        check(maxHeap, s, 1);
    }

    /**
     * Refuses {@code concurrent} runs at once (one per worker thread) that would not fit in {@code maxHeap} bytes,
     * saying what to change.
     */
    void check(long maxHeap, Scenario s, int concurrent) throws BadInputException {
        long total = total(concurrent);
        if (total <= maxHeap) {
            return;
        }
        String advice = citizenBytes >= seriesBytes
                ? "use a larger --scale (fewer, coarser citizens; now "
                        + s.population().scale() + ")"
                : "simulate fewer days (an earlier --end) or keep fewer series (the scenario's output: metrics, scopes)";
        if (concurrent > 1) {
            advice = "use fewer --threads, " + advice;
        }
        String runs = concurrent > 1 ? concurrent + " runs at once" : "a run";
        throw new BadInputException(String.format(
                Locale.ROOT,
                "%s of %d simulated citizens over %d days need%s "
                        + "about %s of memory, more than the %s Java may use; %s, or give Java more memory, e.g. "
                        + "JAVA_TOOL_OPTIONS=-Xmx%dg",
                runs,
                s.population().citizenCount(),
                s.days(),
                concurrent > 1 ? "" : "s",
                size(total),
                size(maxHeap),
                advice,
                Math.max(2, (total >> 30) + 2)));
    }

    private static long series(Scenario s, OutputSpec output) {
        long metrics = output.metrics().isEmpty()
                ? Metric.values().length
                : output.metrics().size();
        long scopes = output.scopes().size();
        if (scopes == 0) {
            long countries = s.borders().posts().stream()
                    .map(BorderPostSpec::destinationCountry)
                    .distinct()
                    .count();
            scopes = 1
                    + s.population().regions().size()
                    + countries
                    + s.borders().posts().size();
        }
        return metrics * scopes;
    }

    static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
