package org.callup.experiments.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.callup.results.BadInputException;
import org.callup.results.RunFolder;
import org.callup.results.StagedFolder;

/**
 * The one owner of a sweep folder's layout. Unlike a run folder, a sweep folder is written in place, so that a sweep
 * stopped at any moment is resumed by the same command: its journal of finished runs is the state, and the final
 * files are each written under a temporary name and renamed. The manifest is written first (what the folder is for),
 * whole, and marked complete last. A lock file keeps two processes from writing one folder.
 */
public final class SweepFolder implements Closeable {
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String SWEEP_FILE = "sweep.yaml";
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String JOURNAL_FILE = "journal.csv";
    public static final String RUNS_FILE = "runs.csv";
    public static final String POINTS_FILE = "points.csv";
    public static final String SENSITIVITY_FILE = "sensitivity.csv";
    public static final String DAILY_FILE = "daily.csv";
    public static final String DAILY_DIR = "daily";
    public static final String CHARTS_DIR = "charts";
    static final String LOCK_FILE = ".lock";
    /** What {@code callup sweep slurm} puts in a folder before its shards are merged into it. */
    public static final Set<String> SLURM_ENTRIES = Set.of("slurm", "shards");

    private static final List<String> OWN = List.of(
            MANIFEST_FILE,
            SWEEP_FILE,
            SCENARIO_FILE,
            JOURNAL_FILE,
            RUNS_FILE,
            POINTS_FILE,
            SENSITIVITY_FILE,
            DAILY_FILE,
            DAILY_DIR,
            CHARTS_DIR);

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private SweepManifest manifest;
    private final boolean resumed;

    private SweepFolder(Path dir, FileChannel lockChannel, FileLock lock, SweepManifest manifest, boolean resumed) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.manifest = manifest;
        this.resumed = resumed;
    }

    /**
     * Opens {@code dir} for {@code sweep}: a new folder, or one this very sweep (same file, base scenario, callup
     * and shard) left unfinished, which is resumed. Anything else is refused as bad input before anything is
     * written; {@code overwrite} starts a sweep folder afresh.
     */
    public static SweepFolder open(Path dir, Sweep sweep, Shard shard, boolean overwrite, Instant now)
            throws BadInputException, IOException {
        Path d = dir.toAbsolutePath().normalize();
        SweepManifest wanted = SweepManifest.of(sweep, shard, now);
        // Checked once before the lock, so that a folder that is not a sweep's gets no lock file, and again under
        // it, because another process may have changed the folder in between. Nothing is deleted without the lock.
        existing(d, wanted, overwrite);
        create(d);
        FileChannel channel =
                FileChannel.open(d.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel, d);
        try {
            SweepManifest existing = existing(d, wanted, overwrite);
            SweepManifest m = existing != null ? existing : wanted;
            byte[] scenario = sweep.base().resolvedYaml().getBytes(StandardCharsets.UTF_8);
            if (existing == null) {
                // The manifest first, each file whole or not at all (written aside and renamed): a folder killed at
                // any moment is either resumable, or holds only what a start leaves and is started afresh.
                clear(d);
                SweepManifestJson.write(m, d.resolve(MANIFEST_FILE));
                writeWhole(d.resolve(SWEEP_FILE), sweep.fileBytes());
                writeWhole(d.resolve(SCENARIO_FILE), scenario);
            } else {
                writeIfMissing(d.resolve(SWEEP_FILE), sweep.fileBytes());
                writeIfMissing(d.resolve(SCENARIO_FILE), scenario);
            }
            return new SweepFolder(d, channel, lock, m, existing != null);
        } catch (BadInputException | IOException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            channel.close();
            throw e;
        }
    }

    /** The manifest of a folder to resume, or null to start afresh; throws when the folder may not be used. */
    private static SweepManifest existing(Path d, SweepManifest wanted, boolean overwrite)
            throws BadInputException, IOException {
        if (!Files.exists(d)) {
            return null;
        }
        if (!Files.isDirectory(d)) {
            throw new BadInputException(d + " is a file, not a sweep folder; choose another --out");
        }
        Path m = d.resolve(MANIFEST_FILE);
        if (Files.isRegularFile(m) && !SweepManifestJson.isSweepManifest(m)) {
            throw new BadInputException(d + " holds " + (RunFolder.isRunFolder(d) ? "a run" : "something else")
                    + ", not a sweep; choose another --out");
        }
        if (!Files.isRegularFile(m)) {
            if (!onlyStartEntries(d)) {
                throw new BadInputException(
                        d + " exists and is not a sweep folder (no " + MANIFEST_FILE + "); choose another --out");
            }
            return null;
        }
        if (overwrite) {
            return null;
        }
        SweepManifest found = SweepManifestJson.read(m);
        List<String> diff = wanted.differences(found, true);
        if (!diff.isEmpty()) {
            throw new BadInputException(d + " holds another sweep: " + String.join("; ", diff) + ". Resume it with "
                    + "what made it, start again with --overwrite, or choose another --out");
        }
        return found;
    }

    /**
     * Whether a folder without a manifest holds only what a start leaves: {@code callup sweep slurm}'s scripts, and
     * what a sweep killed before its manifest was in place wrote (its lock, then in older versions the sweep and
     * scenario files, and temporary files). Such a folder is started afresh.
     */
    private static boolean onlyStartEntries(Path d) throws IOException {
        boolean locked = Files.exists(d.resolve(LOCK_FILE));
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString())
                    .allMatch(n -> SLURM_ENTRIES.contains(n)
                            || n.equals(LOCK_FILE)
                            || locked && (n.equals(SWEEP_FILE) || n.equals(SCENARIO_FILE) || n.endsWith(".tmp")));
        }
    }

    private static void writeWhole(Path file, byte[] bytes) throws IOException {
        Path tmp = FileTrees.temporary(file);
        Files.write(tmp, bytes);
        FileTrees.commit(file);
    }

    private static void writeIfMissing(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file)) {
            writeWhole(file, bytes);
        }
    }

    private static void create(Path d) throws BadInputException {
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new BadInputException("cannot create the sweep folder " + d + ": " + e.getMessage());
        }
    }

    /** Removes what a sweep wrote (and nothing else) before starting again. */
    private static void clear(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return; // --overwrite into a folder that does not exist yet: nothing to clear
        }
        for (String name : OWN) {
            StagedFolder.deleteTree(d.resolve(name));
        }
        try (Stream<Path> s = Files.list(d)) {
            for (Path p :
                    s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, Path d) throws BadInputException, IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new BadInputException("another callup sweep is writing " + d + " right now (it holds " + LOCK_FILE
                        + "); nothing was changed: wait for it to finish or stop it, or choose another --out");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new BadInputException(
                    "this program is already writing " + d + "; nothing was changed: choose " + "another --out");
        } catch (IOException e) {
            // Some network file systems cannot lock; the folder is then used without the guard.
            return null;
        }
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public SweepManifest manifest() {
        return manifest;
    }

    /** Whether the folder was left by an earlier, interrupted invocation of the same sweep. */
    public boolean resumed() {
        return resumed;
    }

    /** Whether every run is done and the final files are written. */
    public boolean complete() {
        return manifest.complete();
    }

    void markComplete(Instant when, int failed) throws IOException {
        manifest = manifest.completed(when, failed);
        SweepManifestJson.write(manifest, file(MANIFEST_FILE));
    }

    @Override
    public void close() throws IOException {
        if (lock != null && lock.isValid()) {
            lock.release();
        }
        lockChannel.close();
    }
}
