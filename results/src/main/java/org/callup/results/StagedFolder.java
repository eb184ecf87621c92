package org.callup.results;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder written under a hidden name beside its target and renamed to the target only when complete, so
 * that a folder with the target's name always holds finished results. When it replaces a folder, the old one is
 * moved aside first and deleted only after the new one is in place; if the swap fails, the old folder is put back.
 * Only the very folder that was there when the work began is replaced: if another process puts its results at the
 * target meanwhile, these results go to the first free {@code <target>-2}, {@code -3}... instead, each name taken by
 * one atomic rename, so that nobody's results are lost. Hidden folders left by a killed process are cleaned up by
 * the next one that writes beside them. Subclasses own the layout inside the folder and decide when a target may be
 * replaced.
 */
public abstract class StagedFolder {
    /** Hidden folders named after the process that made them: {@code .<name>.<kind>-<pid>[-<n>]}. */
    private static final Pattern OWNED = Pattern.compile("\\.(.+)\\.(partial|replaced|starting)-(\\d+)(-\\d+)?");
    /** Tells apart the hidden folders of one process. */
    private static final AtomicLong SERIAL = new AtomicLong();

    private final Path requested;
    private final Path work;
    private Path target;
    private boolean committed;

    protected StagedFolder(Path target, Path work) {
        this.requested = target;
        this.target = target;
        this.work = work;
    }

    /** {@code .<name>.<suffix>} beside {@code target}: hidden, and named after what it will become. */
    protected static Path hiddenSibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + suffix);
    }

    /**
     * Creates a new, empty hidden folder {@code .<name>.<kind>-<pid>-<n>} beside {@code target}, with a name no
     * other process or thread uses: the process id tells whether its maker is still alive.
     */
    protected static Path createOwnedSibling(Path target, String kind) throws IOException {
        while (true) {
            Path p = ownedSibling(target, kind);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process with the same id: take the next number
            }
        }
    }

    private static Path ownedSibling(Path target, String kind) {
        return hiddenSibling(target, kind + "-" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet());
    }

    /**
     * Removes what killed processes left in {@code parent}: their unfinished folders are deleted, and a folder one
     * moved aside to replace it is put back if its place is still empty (else it had been replaced: deleted).
     * Folders of processes still alive are left alone.
     */
    protected static void removeStale(Path parent) {
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(parent)) {
            entries = s.toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : entries) {
            Matcher m = OWNED.matcher(p.getFileName().toString());
            if (!m.matches() || alive(Long.parseLong(m.group(3))) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Path original = parent.resolve(m.group(1));
                if (m.group(2).equals("replaced") && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, original, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteTree(p);
                }
            } catch (IOException e) {
                // Another process cleans up at the same time, or it is not ours to remove: leave it.
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The folder the results have: the one asked for, or, once committed, where they were put. */
    public Path target() {
        return target;
    }

    /** The folder the results were meant for. */
    public Path requestedTarget() {
        return requested;
    }

    /** Whether the results were committed to another name because the one asked for was taken meanwhile. */
    public boolean movedAside() {
        return committed && !target.equals(requested);
    }

    /** The temporary folder to write into until the results are committed. */
    public Path work() {
        return work;
    }

    public Path file(String name) {
        return work.resolve(name);
    }

    protected boolean committed() {
        return committed;
    }

    /**
     * What tells a folder from another that later took its name (its inode where the file system has them): the
     * only folder {@link #rename} may replace is the one that was there when the work began.
     */
    protected static Object identity(Path folder) throws IOException {
        BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.fileKey() != null ? a.fileKey() : a.creationTime() + "/" + a.lastModifiedTime();
    }

    /**
     * Renames the finished temporary folder to the target, once. {@code replacing} is the {@link #identity} of the
     * folder at the target that may be replaced, or null when there was none: a folder found there that is not that
     * one is kept, and the results go to the first free {@code <target>-N} ({@link #target()} tells where).
     */
    protected void rename(Object replacing) throws IOException {
        if (committed) {
            return;
        }
        if (replacing != null) {
            Swap swap = swapIn(replacing);
            // The target is briefly absent while another run swaps its results in (or puts back a folder it moved
            // by mistake): wait for that to finish rather than take the name, which would leave the other run's
            // results, and the message that named them, under another name. A target that stays absent (removed
            // by its user) is taken as any free name is.
            for (int tries = 0; swap == Swap.ABSENT && tries < SWAP_WAITS; tries++) {
                pause();
                swap = swapIn(replacing);
            }
            if (swap == Swap.DONE) {
                committed = true;
                return;
            }
        }
        int n = 1;
        while (!moveIfFree(work, numbered(n))) {
            n++;
        }
        target = numbered(n);
        committed = true;
    }

    /** How many times, 10 ms apart, a run that may replace the target waits for it to reappear. */
    private static final int SWAP_WAITS = 200;

    private enum Swap {
        DONE,
        ABSENT,
        TAKEN
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to write " + requested);
        }
    }

    /** The target asked for ({@code n} 1), or {@code <target>-n}. */
    private Path numbered(int n) {
        return n == 1 ? requested : requested.resolveSibling(requested.getFileName() + "-" + n);
    }

    /**
     * Replaces the folder at the target if it is still the one that may be replaced. A folder that is not that one
     * is left where it is: it is looked at before anything moves, and in the rare case that another run put its
     * results there between the look and the move, they are put back under the target's name first.
     */
    private Swap swapIn(Object replacing) throws IOException {
        Object there;
        try {
            there = identity(requested);
        } catch (NoSuchFileException e) {
            return Swap.ABSENT;
        }
        if (!Objects.equals(there, replacing)) {
            return Swap.TAKEN;
        }
        Path old = ownedSibling(requested, "replaced");
        try {
            Files.move(requested, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return Swap.ABSENT;
        }
        if (!Objects.equals(identity(old), replacing)) {
            // Another run's results took the target between the look and the move: back under that name if it is
            // still free (runs that may replace it wait while it is absent), else the first free number.
            for (int n = 1; !moveIfFree(old, numbered(n)); n++) {
                // try the next name
            }
            return Swap.TAKEN;
        }
        try {
            Files.move(work, requested, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, requested, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
        return Swap.DONE;
    }

    /** Renames {@code from} to {@code to} if nothing is there; false if the name is taken. */
    private static boolean moveIfFree(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileSystemException e) {
            // Taken between the look and the rename (Java reports a non-empty folder in the way as ENOTEMPTY).
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = s.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
