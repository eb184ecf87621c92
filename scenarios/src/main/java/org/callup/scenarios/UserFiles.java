package org.callup.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens a file a user named (a scenario, a file it extends, a data table, a sweep, calibration or targets file) for
 * reading, the one way every module does it: the path is resolved to its real location, which must be a regular
 * file (a FIFO would block the reader forever, a device such as {@code /dev/zero} would never end), and no more
 * than a limit is ever read, whatever size the file claims. A problem is a {@link Refused} with a short reason
 * that does not name the file: the caller adds the name and its own wording.
 */
public final class UserFiles {
    private UserFiles() {}

    /** Why a file cannot be read, in a few words, e.g. "file not found". */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean missing;

        Refused(String reason) {
            this(reason, false);
        }

        Refused(String reason, boolean missing) {
            super(reason, null, false, false);
            this.missing = missing;
        }

        /** Whether nothing is at the path (or a link to nothing): callers say so in their own words. */
        public boolean missing() {
            return missing;
        }
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them, after the checks above.
     *
     * @param what what the file should be, for messages: "scenario file", "sweep file"
     */
    public static byte[] read(Path file, long maxBytes, String what) throws Refused {
        // The size is checked first to name it; the bounded read holds if the file grows meanwhile.
        Path real = realRegularFile(file, maxBytes, what);
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(-1, maxBytes);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new Refused("file cannot be read (permission denied)");
        } catch (IOException e) {
            throw new Refused("file cannot be read: " + reason(e));
        }
    }

    /**
     * The real path of {@code file} (links followed) after checking that it is a regular file of at most
     * {@code maxBytes} by its size, for readers that stream the file themselves and stop at the limit.
     */
    public static Path realRegularFile(Path file, long maxBytes, String what) throws Refused {
        Path real = realRegularFile(file, what);
        try {
            long size = Files.size(real);
            if (size > maxBytes) {
                throw tooLarge(size, maxBytes);
            }
        } catch (IOException e) {
            throw new Refused("file cannot be read: " + reason(e));
        }
        return real;
    }

    /** Whether anything, even a broken link, is at {@code file}. */
    public static boolean anythingAt(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static Path realRegularFile(Path file, String what) throws Refused {
        Path real;
        BasicFileAttributes a;
        try {
            real = file.toRealPath();
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new Refused(anythingAt(file) ? "file not found (a link to a missing file)" : "file not found", true);
        } catch (AccessDeniedException e) {
            throw new Refused("file cannot be read (permission denied)");
        } catch (IOException | RuntimeException e) {
            throw new Refused("file cannot be read: " + (e instanceof IOException io ? reason(io) : "bad path"));
        }
        if (a.isDirectory()) {
            throw new Refused("is a directory, not a " + what);
        }
        if (!a.isRegularFile()) {
            throw new Refused("is not a regular file (a pipe, device or socket); give a file");
        }
        return real;
    }

    private static Refused tooLarge(long size, long maxBytes) {
        return new Refused("file is too large (" + (size < 0 ? "more than " + maxBytes : size) + " bytes); at most "
                + maxBytes + " bytes are read");
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "input or output error" : e.getMessage();
    }
}
