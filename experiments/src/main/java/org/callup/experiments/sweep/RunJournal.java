package org.callup.experiments.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * The rows of a sweep in the order runs finished, appended one complete line at a time and forced to disk, so
 * that a sweep killed at any moment (even by SIGKILL or a power cut) loses at most the runs in progress. On
 * reopening, a last line without its newline (torn by the kill) is cut off, and a run that appears twice counts
 * once. It is created with its header by writing a temporary file and renaming it, so it never exists half-made.
 */
final class RunJournal implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final BitSet done;
    private final int failures;
    private int count;

    private RunJournal(Path file, FileChannel channel, BitSet done, int failures) {
        this.file = file;
        this.channel = channel;
        this.done = done;
        this.failures = failures;
        this.count = done.cardinality();
    }

    /** Opens the journal for appending, creating it with {@code headerLine} or recovering an existing one. */
    static RunJournal open(Path file, String headerLine) throws IOException {
        if (!Files.exists(file)) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel c = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                c.write(ByteBuffer.wrap(headerLine.getBytes(StandardCharsets.UTF_8)));
                c.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        JournalLines lines = JournalLines.scan(file, headerLine);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        if (lines.validLength() < channel.size()) {
            channel.truncate(lines.validLength());
            channel.force(true);
        }
        channel.position(channel.size());
        return new RunJournal(file, channel, lines.runs(), lines.failed().cardinality());
    }

    Path file() {
        return file;
    }

    synchronized boolean has(int run) {
        return done.get(run);
    }

    /** Failed runs the journal held when it was opened. */
    int failures() {
        return failures;
    }

    /** Runs recorded so far. */
    synchronized int count() {
        return count;
    }

    /** Appends one row (ending in a newline) of run {@code run} and forces it to disk. */
    synchronized void append(int run, String row) throws IOException {
        if (done.get(run)) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(row.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
        done.set(run);
        count++;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
