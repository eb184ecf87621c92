package org.callup.results;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one owner of a run folder's layout and of how it comes into being. Files are written into a hidden
 * {@code .<name>.partial-<pid>-<n>} folder beside the target and renamed to the target only when complete, so a killed
 * run never leaves a folder that looks finished. An existing folder is replaced only when asked, only if its
 * manifest says it is a run folder ({@value ManifestJson#FORMAT}) or it is empty, and only after the new one is
 * complete.
 */
public final class RunFolder extends StagedFolder implements AutoCloseable {
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String DAILY_FILE = "daily.csv";
    public static final String DAILY_MEAN_FILE = "daily-mean.csv";
    public static final String SUMMARY_FILE = "summary.csv";
    public static final String EVENTS_FILE = "events.csv";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What may be replaced at the target (see {@link StagedFolder#rename}), or null. */
    private final Object replacing;

    private final List<Path> createdAncestors;

    private RunFolder(Path target, Path work, Object replacing, List<Path> createdAncestors) {
        super(target, work);
        this.replacing = replacing;
        this.createdAncestors = createdAncestors;
    }

    /**
     * {@code <root>/<scenario>-<yyyyMMdd-HHmmss>}, with {@code -2}, {@code -3}... if that name is taken. Runs
     * started in the same second may still pick the same name: the one that commits last gets the next free
     * number then ({@link #commit}).
     */
    public static Path defaultTarget(Path root, String scenarioName, LocalDateTime now) {
        String base = scenarioName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + STAMP.format(now);
        Path p = root.resolve(base);
        for (int i = 2; Files.exists(p); i++) {
            p = root.resolve(base + "-" + i);
        }
        return p;
    }

    /**
     * Name of the table {@code callup validate} writes into a run folder: {@code validation-<targets>.csv}, so that
     * validations against different target files sit side by side.
     */
    public static String validationFile(Path targets) {
        String stem = targets.getFileName().toString().replaceFirst("\\.csv$", "");
        return "validation-" + stem.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    /** Whether a folder holds a finished run (its manifest is written last). */
    public static boolean isRunFolder(Path p) {
        return Files.isRegularFile(p.resolve(MANIFEST_FILE));
    }

    /**
     * Prepares to write a run to {@code target}: checks that it may be written (and replaced) and creates the
     * temporary folder, so that an unusable output folder fails before any simulation is done.
     */
    public static RunFolder create(Path target, boolean overwrite) throws BadInputException {
        Path t = target.toAbsolutePath().normalize();
        Object replacing = checkTarget(t, overwrite);
        Path parent = t.getParent();
        List<Path> created = createAncestors(parent);
        removeStale(parent);
        Path work;
        try {
            work = createOwnedSibling(t, "partial");
        } catch (IOException e) {
            removeEmpty(created);
            throw new BadInputException("cannot write to " + parent + ": " + reason(e));
        }
        return new RunFolder(t, work, replacing, created);
    }

    /** The identity of the run folder that may be replaced, or null when the target does not exist. */
    private static Object checkTarget(Path t, boolean overwrite) throws BadInputException {
        if (!Files.exists(t)) {
            return null;
        }
        if (!Files.isDirectory(t)) {
            throw new BadInputException(t + " is a file, not a run folder; choose another --out");
        }
        // What the folder is decides what to suggest: --overwrite only where it would be allowed.
        if (!ManifestJson.FORMAT.equals(ManifestJson.formatOf(t.resolve(MANIFEST_FILE))) && !isEmpty(t)) {
            throw new BadInputException(t + " is not a callup run folder (" + whatItHolds(t) + "); "
                    + (overwrite ? "--overwrite replaces only a run folder: " : "") + "choose another --out, or move "
                    + "that folder away first");
        }
        if (!overwrite) {
            throw new BadInputException(t + " already exists; add --overwrite to replace "
                    + (isEmpty(t) ? "it (it is empty)" : "the run it holds") + ", or choose another --out");
        }
        try {
            return identity(t);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + t + ": " + reason(e));
        }
    }

    /** What a folder that is not a run folder holds, as far as its manifest tells. */
    private static String whatItHolds(Path t) {
        Path manifest = t.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(manifest)) {
            return "it has no " + MANIFEST_FILE;
        }
        String format = ManifestJson.formatOf(manifest);
        if (format == null) {
            return "its " + MANIFEST_FILE + " has no callup format marker";
        }
        if (format.startsWith("callup-sweep/")) {
            return "it holds a callup sweep, format " + format;
        }
        return "its " + MANIFEST_FILE + " is of format '" + format + "', not " + ManifestJson.FORMAT;
    }

    private static List<Path> createAncestors(Path parent) throws BadInputException {
        List<Path> missing = new ArrayList<>();
        Path p = parent;
        for (; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        if (p != null && !Files.isDirectory(p)) {
            throw new BadInputException("cannot create folder " + parent + ": " + p + " is a file");
        }
        try {
            for (Path m : missing) {
                Files.createDirectory(m);
            }
        } catch (IOException e) {
            removeEmpty(missing);
            throw new BadInputException("cannot create folder " + parent + ": " + reason(e));
        }
        return missing;
    }

    /** What went wrong, in words; Java's file exceptions often carry only the path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return "the system refused to create a folder there (" + e.getClass().getSimpleName() + ")";
    }

    /**
     * Renames the finished temporary folder to the target. When replacing, the old folder is first moved aside and
     * deleted only after the new one is in place; if the swap fails, the old folder is put back. If the target was
     * taken while the run was written (another run into the same folder, or started in the same second), the run
     * goes to the first free {@code <target>-N}: {@link #target()} says where, {@link #movedAside()} whether.
     */
    public void commit() throws IOException {
        rename(replacing);
    }

    /** Deletes the temporary folder (and folders created for it) unless the run was committed. */
    @Override
    public void close() {
        if (committed()) {
            return;
        }
        try {
            deleteTree(work());
        } catch (IOException e) {
            // Leaving a hidden ".partial" folder behind is harmless: its name says it is unfinished.
        }
        removeEmpty(createdAncestors);
    }

    private static boolean isEmpty(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty any more: someone else uses it
            }
        }
    }
}
