package org.callup.experiments.sweep;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * One pass over a journal: checks its header, finds where each complete row starts (by run number, the first
 * field), and where the complete lines end, so that a torn last line can be cut off. The first row of a run wins
 * should a run appear twice.
 */
final class JournalLines {
    private final BitSet runs;
    private final BitSet failed;
    private final long[] offsets;
    private final long validLength;

    private JournalLines(BitSet runs, BitSet failed, long[] offsets, long validLength) {
        this.runs = runs;
        this.failed = failed;
        this.offsets = offsets;
        this.validLength = validLength;
    }

    static JournalLines scan(Path file, String headerLine) throws IOException {
        byte[] header = headerLine.getBytes(StandardCharsets.UTF_8);
        BitSet runs = new BitSet();
        BitSet failed = new BitSet();
        long[] offsets = new long[1024];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] first = in.readNBytes(header.length);
            if (!Arrays.equals(first, header)) {
                throw new IOException(file + " does not have the columns of this sweep; it belongs to another");
            }
            long pos = header.length;
            long lineStart = pos;
            long run = 0;
            boolean inNumber = true;
            long line = 2;
            int previous = 0;
            for (int b; (b = in.read()) >= 0; previous = b, pos++) {
                if (inNumber) {
                    if (b >= '0' && b <= '9' && run < Integer.MAX_VALUE) {
                        run = run * 10 + (b - '0');
                        continue;
                    }
                    if (b != ',' || run == 0) {
                        throw new IOException(file + ": line " + line + " is damaged (it does not start with a run "
                                + "number); move the file away to run the sweep again from the start");
                    }
                    inNumber = false;
                }
                if (b == '\n') {
                    int r = (int) run;
                    if (!runs.get(r)) {
                        runs.set(r);
                        // The error is the last column and is never empty for a failed run.
                        failed.set(r, previous != ',');
                        if (r >= offsets.length) {
                            offsets = grow(offsets, r);
                        }
                        offsets[r] = lineStart + 1; // +1 so that 0 means absent
                    }
                    lineStart = pos + 1;
                    run = 0;
                    inNumber = true;
                    line++;
                }
            }
            return new JournalLines(runs, failed, offsets, lineStart);
        }
    }

    private static long[] grow(long[] a, int index) {
        return Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
    }

    /** The runs with a complete row. */
    BitSet runs() {
        return (BitSet) runs.clone();
    }

    /** The runs whose row has an error. */
    BitSet failed() {
        return (BitSet) failed.clone();
    }

    /** Where the row of {@code run} starts in the file; it must be in {@link #runs()}. */
    long offset(int run) {
        return offsets[run] - 1;
    }

    /** Bytes up to the end of the last complete line. */
    long validLength() {
        return validLength;
    }
}
