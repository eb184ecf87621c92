package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How the sweep folder replaces a final file: by renaming its finished copy over it. */
final class FileTrees {
    private FileTrees() {}

    /** The temporary name a final file is written under. */
    static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Renames the finished temporary copy of {@code file} over it, in one step. */
    static void commit(Path file) throws IOException {
        Files.move(temporary(file), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
