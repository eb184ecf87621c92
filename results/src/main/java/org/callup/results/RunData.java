package org.callup.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A finished run read back from its folder: the manifest, the dates, every daily series by (scope, metric), and
 * the policy events that fired. For a replicated run the series are the means across replications (from
 * {@code daily-mean.csv}), with the bounds of their confidence intervals, and the events are those of
 * replication 1. Charts, validation and calibration read runs through this class only.
 */
public final class RunData {
    private final Path folder;
    private final Manifest manifest;
    private final DailyTable values;
    private final DailyTable ciLow;
    private final DailyTable ciHigh;
    private final List<RecordedEvent> events;
    private final DailyTable sd;

    RunData(
            Path folder,
            Manifest manifest,
            DailyTable values,
            DailyTable ciLow,
            DailyTable ciHigh,
            List<RecordedEvent> events) {
        this(folder, manifest, values, ciLow, ciHigh, null, events);
    }

    RunData(
            Path folder,
            Manifest manifest,
            DailyTable values,
            DailyTable ciLow,
            DailyTable ciHigh,
            DailyTable sd,
            List<RecordedEvent> events) {
        this.sd = sd;
        this.folder = folder;
        this.manifest = manifest;
        this.values = values;
        this.ciLow = ciLow;
        this.ciHigh = ciHigh;
        this.events = List.copyOf(events);
    }

    /**
     * Reads a run folder. A path that is not a finished run folder, or a damaged file in it, is
     * {@link BadInputException} naming the file (and line).
     */
    public static RunData read(Path runFolder) throws BadInputException, IOException {
        if (!Files.isDirectory(runFolder)) {
            throw new BadInputException(runFolder + ": no such run folder");
        }
        Manifest m = ManifestJson.read(runFolder.resolve(RunFolder.MANIFEST_FILE));
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(m.startDate(), m.endDate()) + 1;
        List<RecordedEvent> events = EventsCsv.readFirstReplication(runFolder.resolve(RunFolder.EVENTS_FILE));
        if (!m.replicated()) {
            TidyCsvReader reader = new TidyCsvReader(runFolder.resolve(RunFolder.DAILY_FILE), m.startDate(), days);
            DailyTable v = reader.read(List.of("value")).get("value");
            return new RunData(runFolder, m, v, null, null, events);
        }
        TidyCsvReader reader = new TidyCsvReader(runFolder.resolve(RunFolder.DAILY_MEAN_FILE), m.startDate(), days);
        Map<String, DailyTable> t = reader.read(List.of("mean", "ci_low", "ci_high", "sd"));
        return new RunData(runFolder, m, t.get("mean"), t.get("ci_low"), t.get("ci_high"), t.get("sd"), events);
    }

    public Path folder() {
        return folder;
    }

    public Manifest manifest() {
        return manifest;
    }

    public LocalDate startDate() {
        return manifest.startDate();
    }

    public LocalDate endDate() {
        return manifest.endDate();
    }

    public int days() {
        return values.days();
    }

    public List<LocalDate> dates() {
        return values.dates();
    }

    /** Every series the run has, in the order of the file. */
    public List<SeriesKey> keys() {
        return values.keys();
    }

    /** The scopes, in the order of the file ({@code all} first). */
    public List<String> scopes() {
        Set<String> s = new LinkedHashSet<>();
        values.keys().forEach(k -> s.add(k.scope()));
        return List.copyOf(s);
    }

    /** The metrics, in the order of the file. */
    public List<String> metrics() {
        Set<String> s = new LinkedHashSet<>();
        values.keys().forEach(k -> s.add(k.metric()));
        return List.copyOf(s);
    }

    public boolean has(String scope, String metric) {
        return values.has(new SeriesKey(scope, metric));
    }

    /**
     * Daily values of one series (the mean across replications for a replicated run), one per date; NaN where
     * undefined. Throws IllegalArgumentException if the run does not have the series: check {@link #has} first.
     */
    public double[] series(String scope, String metric) {
        return values.series(new SeriesKey(scope, metric));
    }

    /** Lower bounds of the daily confidence interval, for a replicated run. */
    public Optional<double[]> ciLow(String scope, String metric) {
        return bound(ciLow, scope, metric);
    }

    /** Upper bounds of the daily confidence interval, for a replicated run. */
    public Optional<double[]> ciHigh(String scope, String metric) {
        return bound(ciHigh, scope, metric);
    }

    /** The daily standard deviation across replications, for a replicated run. */
    public Optional<double[]> sd(String scope, String metric) {
        return bound(sd, scope, metric);
    }

    private static Optional<double[]> bound(DailyTable t, String scope, String metric) {
        SeriesKey k = new SeriesKey(scope, metric);
        return t == null || !t.has(k) ? Optional.empty() : Optional.of(t.series(k));
    }

    /** The table behind {@link #series}, for code that sweeps every series. */
    public DailyTable table() {
        return values;
    }

    /** Policy events that fired (replication 1 of a replicated run), in order. */
    public List<RecordedEvent> events() {
        return events;
    }

    public boolean replicated() {
        return manifest.replicated();
    }
}
