package org.callup.experiments.sweep;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * Writes runs.csv from a journal: the header, then every run's row once, in order of run number, so that its bytes
 * depend only on the runs' results and never on the number of threads or the order runs finished in. Rows are
 * copied from the journal by their offsets, one at a time.
 */
final class RunsCsv {
    private RunsCsv() {}

    /** What was written: the runs present, and those of them that failed. */
    record Written(BitSet runs, BitSet failed) {
        int count() {
            return runs.cardinality();
        }
    }

    static Written fromJournal(Path journal, String headerLine, Path target) throws IOException {
        JournalLines lines = JournalLines.scan(journal, headerLine);
        BitSet runs = lines.runs();
        Path tmp = FileTrees.temporary(target);
        try (FileChannel in = FileChannel.open(journal, StandardOpenOption.READ);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write(headerLine.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buf = ByteBuffer.allocate(1 << 12);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int r = runs.nextSetBit(0); r >= 0; r = runs.nextSetBit(r + 1)) {
                copyLine(in, lines.offset(r), buf, line);
                line.writeTo(out);
            }
        }
        FileTrees.commit(target);
        return new Written(runs, lines.failed());
    }

    /** The line starting at {@code offset}, newline included, into {@code line}. */
    private static void copyLine(FileChannel in, long offset, ByteBuffer buf, ByteArrayOutputStream line)
            throws IOException {
        line.reset();
        long pos = offset;
        while (true) {
            buf.clear();
            int n = in.read(buf, pos);
            if (n <= 0) {
                throw new IOException("the journal ends inside a row");
            }
            for (int i = 0; i < n; i++) {
                byte b = buf.get(i);
                line.write(b);
                if (b == '\n') {
                    return;
                }
            }
            pos += n;
        }
    }
}
