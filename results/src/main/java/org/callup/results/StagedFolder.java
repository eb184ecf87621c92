package org.callup.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder written under a hidden name beside its target and renamed to the target only when complete, so
 * that a folder with the target's name always holds finished results. When it replaces a folder, the old one is
 * moved aside first and deleted only after the new one is in place; if the swap fails, the old folder is put back.
 * Subclasses own the layout inside the folder and decide when a target may be replaced.
 */
public abstract class StagedFolder {
    private final Path target;
    private final Path work;
    private boolean committed;

    protected StagedFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /** {@code .<name>.<suffix>} beside {@code target}: hidden, and named after what it will become. */
    protected static Path hiddenSibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + suffix);
    }

    /** The folder the results will have once committed. */
    public Path target() {
        return target;
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
     * Renames the finished temporary folder to the target, once: swapped in for the folder there if
     * {@code replace}, else moved to a target that must not exist.
     */
    protected void rename(boolean replace) throws IOException {
        if (committed) {
            return;
        }
        if (replace) {
            swapIn();
        } else {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    private void swapIn() throws IOException {
        Path old = hiddenSibling(target, "replaced-" + ProcessHandle.current().pid());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
