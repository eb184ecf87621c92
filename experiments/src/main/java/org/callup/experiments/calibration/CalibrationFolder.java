package org.callup.experiments.calibration;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.callup.results.BadInputException;
import org.callup.results.StagedFolder;

/**
 * The one owner of a calibration folder's layout and life. Work happens in a hidden {@code .<name>.calibrating}
 * folder beside the target, which keeps the setup and the journal; it survives an interruption, and running the
 * same calibration again continues from it. When the calibration is complete the folder is renamed to the target,
 * so a folder with the target's name always holds a finished calibration. A lock keeps two processes from working
 * in the same folder.
 */
public final class CalibrationFolder extends StagedFolder implements AutoCloseable {
    public static final String SETUP_FILE = "setup.txt";
    public static final String JOURNAL_FILE = "journal.csv";
    public static final String TRACE_FILE = "trace.csv";
    public static final String FIT_FILE = "fit.csv";
    /** The targets the loss counted, in the format of {@code calibration-targets.csv}. */
    public static final String TARGETS_FILE = "targets.csv";

    public static final String IDENTIFIABILITY_FILE = "identifiability.csv";
    public static final String IDENTIFIABILITY_SUMMARY_FILE = "identifiability-summary.csv";
    /** Base name of the fit chart ({@code fit.png}, {@code fit.svg}). */
    public static final String FIT_CHART = "fit";
    /**
     * What a finished calibration ran with beyond its setup (budget, identifiability points): with the setup, it
     * tells whether running the same command again would give the same folder.
     */
    public static final String SETTINGS_FILE = "settings.txt";

    private static final String LOCK_FILE = ".lock";

    private final boolean resumed;
    /** The finished calibration at the target that may be replaced (see {@link StagedFolder#rename}), or null. */
    private final Object replacing;

    private final String settings;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private CalibrationFolder(
            Path target,
            Path work,
            boolean resumed,
            Object replacing,
            String settings,
            FileChannel lockChannel,
            FileLock lock) {
        super(target, work);
        this.resumed = resumed;
        this.replacing = replacing;
        this.settings = settings;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The hidden folder a calibration into {@code target} works in. */
    public static Path workOf(Path target) {
        Path t = target.toAbsolutePath().normalize();
        return hiddenSibling(t, "calibrating");
    }

    /** Whether a folder holds a finished calibration (or a finished screening of one). */
    public static boolean isCalibrationFolder(Path p) {
        return Files.isRegularFile(p.resolve(SETUP_FILE))
                && (Files.isRegularFile(p.resolve(FIT_FILE)) || Files.isRegularFile(p.resolve(Screening.FILE)));
    }

    /** The settings a calibration keeps in {@value #SETTINGS_FILE}: those its setup text leaves out. */
    public static String settingsText(int budget, int identifiabilityPoints) {
        return "budget: " + budget + "\nidentifiability points: " + identifiabilityPoints + "\n";
    }

    /**
     * Whether {@code target} holds a finished calibration of this very setup and these settings: running it again
     * would only give the same folder.
     */
    public static boolean isComplete(Path target, String setup, String settings) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        return Files.isDirectory(t)
                && isCalibrationFolder(t)
                && setup.equals(readOrEmpty(t.resolve(SETUP_FILE)))
                && settings.equals(readOrEmpty(t.resolve(SETTINGS_FILE)));
    }

    /** Like {@link #open(Path, String, String, boolean)}, for callers that keep no settings. */
    public static CalibrationFolder open(Path target, String setup, boolean overwrite)
            throws BadInputException, IOException {
        return open(target, setup, null, overwrite);
    }

    /**
     * Opens the work folder for a calibration with this setup: continues the one there if it has the same setup,
     * else starts one. With {@code overwrite}, a finished calibration in the target will be replaced on
     * {@link #commit()}, and its journal reused if its setup is the same. {@code settings} ({@link #settingsText},
     * or null) are kept in the finished folder.
     */
    public static CalibrationFolder open(Path target, String setup, String settings, boolean overwrite)
            throws BadInputException, IOException {
        Path t = target.toAbsolutePath().normalize();
        checkTarget(t, overwrite, setup, settings);
        Path work = workOf(t);
        Files.createDirectories(t.getParent());
        removeStale(t.getParent());
        boolean resumed = Files.isDirectory(work) || !start(t, work, setup);
        if (resumed) {
            String was = Files.isRegularFile(work.resolve(SETUP_FILE))
                    ? Files.readString(work.resolve(SETUP_FILE), StandardCharsets.UTF_8)
                    : "";
            if (was.isEmpty() && !Files.exists(work.resolve(JOURNAL_FILE))) {
                // Left by an older callup killed between making the folder and writing its setup: nothing to lose.
                writeWhole(work.resolve(SETUP_FILE), setup);
                resumed = false;
            } else if (!was.equals(setup)) {
                throw new BadInputException(
                        work + " holds an unfinished calibration with another setup (" + firstDifference(was, setup)
                                + "); delete that folder to start afresh, or choose another --out");
            }
        }
        FileChannel ch = FileChannel.open(work.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            ch.close();
            throw new BadInputException("another callup calibrate is working in " + work);
        }
        return new CalibrationFolder(t, work, resumed, Files.exists(t) ? identity(t) : null, settings, ch, lock);
    }

    /**
     * Makes the work folder with its setup (and a journal to start from) in one step: prepared under another hidden
     * name and renamed, so that a work folder never lacks its setup, whenever the process is killed. False if
     * another process made the work folder first.
     */
    private static boolean start(Path target, Path work, String setup) throws IOException {
        Path starting = createOwnedSibling(target, "starting");
        try {
            writeWhole(starting.resolve(SETUP_FILE), setup);
            reuseJournal(target, starting, setup);
            Files.move(starting, work, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileSystemException e) {
            if (Files.isDirectory(work)) {
                deleteTree(starting);
                return false;
            }
            throw e;
        }
    }

    private static void writeWhole(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Refuses a target that may not be written, saying why and what would do: {@code --overwrite} is suggested only
     * where it would be allowed, for a finished calibration.
     */
    private static void checkTarget(Path t, boolean overwrite, String setup, String settings)
            throws BadInputException, IOException {
        if (!Files.exists(t)) {
            return;
        }
        if (!Files.isDirectory(t)) {
            throw new BadInputException(t + " is a file, not a calibration folder; choose another --out");
        }
        if (!isCalibrationFolder(t)) {
            throw new BadInputException(t + " exists and is not a calibration folder (no " + SETUP_FILE + " and "
                    + FIT_FILE + "); " + (overwrite ? "--overwrite replaces only a finished calibration: " : "")
                    + "choose another --out, or move that folder away first");
        }
        if (!overwrite) {
            throw new BadInputException(t + " holds a finished calibration " + howItDiffers(t, setup, settings)
                    + "; add --overwrite to replace it, or choose another --out");
        }
    }

    /** How the finished calibration in {@code t} differs from the one asked for, in words. */
    private static String howItDiffers(Path t, String setup, String settings) throws IOException {
        String was = readOrEmpty(t.resolve(SETUP_FILE));
        if (!was.equals(setup)) {
            return "with another setup (" + firstDifference(was, setup) + ")";
        }
        String wasSettings = readOrEmpty(t.resolve(SETTINGS_FILE));
        if (settings == null || wasSettings.equals(settings)) {
            return "of this very setup";
        }
        if (wasSettings.isEmpty()) {
            return "of this setup, made by an older callup that did not keep its budget (with --overwrite, its "
                    + "evaluations are reused)";
        }
        return "of this setup with other settings (" + firstDifference(wasSettings, settings) + "; with --overwrite, "
                + "its evaluations are reused)";
    }

    private static String readOrEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** A finished calibration of the same setup has evaluated candidates already: start from its journal. */
    private static void reuseJournal(Path target, Path work, String setup) throws IOException {
        Path oldSetup = target.resolve(SETUP_FILE);
        Path oldJournal = target.resolve(JOURNAL_FILE);
        if (Files.isRegularFile(oldSetup)
                && Files.isRegularFile(oldJournal)
                && Files.readString(oldSetup, StandardCharsets.UTF_8).equals(setup)) {
            Files.copy(oldJournal, work.resolve(JOURNAL_FILE));
        }
    }

    private static String firstDifference(String was, String now) {
        List<String> a = was.lines().toList();
        List<String> b = now.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (!x.equals(y)) {
                return "was '" + x.strip() + "', now '" + y.strip() + "'";
            }
        }
        return "the setup file is missing";
    }

    /** Whether the work folder was there already (an interrupted calibration is being continued). */
    public boolean resumed() {
        return resumed;
    }

    /**
     * Renames the finished work folder to the target, replacing the finished calibration that was there when it was
     * opened, if allowed; if something else took the target meanwhile, to the first free {@code <target>-N}
     * ({@link #target()} tells where).
     */
    public void commit() throws IOException {
        if (committed()) {
            return;
        }
        release();
        Files.deleteIfExists(file(LOCK_FILE));
        if (settings != null) {
            writeWhole(file(SETTINGS_FILE), settings);
        }
        rename(replacing);
    }

    private void release() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        lockChannel.close();
    }

    /** Releases the lock; an unfinished work folder stays, so that the calibration can be continued. */
    @Override
    public void close() throws IOException {
        if (!committed()) {
            release();
        }
    }
}
