package org.callup.experiments.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.callup.results.BadInputException;
import org.callup.results.StagedFolder;

/**
 * The one owner of a comparison folder's layout. Like a run folder it is written under a hidden name and renamed
 * when complete, so a folder with the target's name always holds a finished comparison.
 *
 * <pre>
 * manifest.json            kind callup-compare/1: scenarios and hashes, seeds, windows, headlines, command line
 * differences.csv          one row per alternative, scope, headline and window: the paired difference
 * differences-daily.csv    the paired difference per day, scope and metric, with its band
 * charts/                  difference.png/.svg (over time, one panel per metric), headlines.png/.svg (a table)
 * runs/&lt;scenario&gt;/         each scenario's run folder (daily.csv per replication, daily-mean.csv, ...)
 * </pre>
 */
public final class CompareFolder extends StagedFolder implements AutoCloseable {
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String DIFFERENCES_FILE = "differences.csv";
    public static final String DAILY_FILE = "differences-daily.csv";
    public static final String CHARTS_DIR = "charts";
    public static final String RUNS_DIR = "runs";

    private final boolean replace;

    private CompareFolder(Path target, Path work, boolean replace) {
        super(target, work);
        this.replace = replace;
    }

    /** Whether {@code p} holds a finished comparison. */
    public static boolean isCompareFolder(Path p) {
        try {
            return Files.isRegularFile(p.resolve(MANIFEST_FILE))
                    && Files.readString(p.resolve(MANIFEST_FILE)).contains("\"" + CompareManifest.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Prepares to write a comparison to {@code target}: an existing target is refused unless {@code overwrite}, and
     * even then unless it is a comparison folder or empty, before anything is run.
     */
    public static CompareFolder create(Path target, boolean overwrite) throws BadInputException {
        Path t = target.toAbsolutePath().normalize();
        boolean replace = false;
        if (Files.exists(t)) {
            if (!Files.isDirectory(t)) {
                throw new BadInputException(t + " is a file, not a comparison folder; choose another --out");
            }
            if (!overwrite) {
                throw new BadInputException(
                        t + " already exists; add --overwrite to replace it, or choose another " + "--out");
            }
            if (!isCompareFolder(t) && !isEmpty(t)) {
                throw new BadInputException(
                        t + " exists and is not a callup comparison folder; refusing to replace it");
            }
            replace = true;
        }
        Path work = hiddenSibling(t, "partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(t.getParent());
            deleteTree(work);
            Files.createDirectory(work);
            Files.createDirectory(work.resolve(RUNS_DIR));
            Files.createDirectory(work.resolve(CHARTS_DIR));
        } catch (IOException e) {
            throw new BadInputException("cannot write to " + t.getParent() + ": " + e.getMessage());
        }
        return new CompareFolder(t, work, replace);
    }

    private static boolean isEmpty(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    /** The folder for one scenario's run, inside the temporary folder. */
    public Path run(String scenario) {
        return work().resolve(RUNS_DIR).resolve(scenario);
    }

    public Path charts() {
        return work().resolve(CHARTS_DIR);
    }

    public void commit() throws IOException {
        rename(replace);
    }

    /** Deletes the temporary folder unless the comparison was committed. */
    @Override
    public void close() {
        if (!committed()) {
            try {
                deleteTree(work());
            } catch (IOException e) {
                // A hidden ".partial" folder left behind says by its name that it is unfinished.
            }
        }
    }
}
