package org.callup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.callup.results.BadInputException;

/**
 * One kind of folder that callup writes (a run, a sweep, a calibration), and how to report on it. Adding a kind of
 * folder is adding one implementation to {@link FolderKinds#all()}.
 */
public interface FolderKind {
    /**
     * Whether this kind reads {@code folder}.
     *
     * @param manifestFormat the {@code format} of the folder's {@code manifest.json}, if it has one
     */
    boolean reads(Path folder, Optional<String> manifestFormat);

    /** What a reader is told this folder is, when no kind reads a folder ("a run folder (manifest callup-run/1)"). */
    String description();

    /**
     * The page of the folder. Charts missing from the folder are drawn into it, as the command that wrote it would
     * have drawn them.
     */
    Page page(Path folder) throws BadInputException, IOException;
}
