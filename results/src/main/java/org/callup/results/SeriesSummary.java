package org.callup.results;

import java.time.LocalDate;
import org.callup.model.observe.Metric;

/**
 * One line of {@code summary.csv}: what a daily series amounts to over the run. The total is given for flows only
 * (a sum of end-of-day stocks or levels means nothing); days without a value are skipped.
 *
 * @param kind     {@code flow}, {@code stock}, {@code level}, or empty for a metric this version does not know
 * @param total    sum over the run (flows), else NaN
 * @param peak     largest daily value
 * @param peakDate first date on which the peak was reached, or null when the series has no value
 * @param last     value on the last day
 * @param mean     mean daily value
 */
public record SeriesSummary(
        SeriesKey key, String kind, double total, double peak, LocalDate peakDate, double last, double mean) {

    public static SeriesSummary of(SeriesKey key, double[] values, LocalDate startDate) {
        Metric m = Metric.byKey(key.metric());
        String kind = m == null ? "" : m.kind().name().toLowerCase(java.util.Locale.ROOT);
        double sum = 0;
        int n = 0;
        double peak = Double.NaN;
        int peakDay = -1;
        for (int d = 0; d < values.length; d++) {
            double v = values[d];
            if (Double.isNaN(v)) {
                continue;
            }
            sum += v;
            n++;
            if (peakDay < 0 || v > peak) {
                peak = v;
                peakDay = d;
            }
        }
        double total = n > 0 && m != null && m.kind() == Metric.Kind.FLOW ? sum : Double.NaN;
        double last = values.length == 0 ? Double.NaN : values[values.length - 1];
        return new SeriesSummary(
                key,
                kind,
                total,
                peak,
                peakDay < 0 ? null : startDate.plusDays(peakDay),
                last,
                n == 0 ? Double.NaN : sum / n);
    }
}
