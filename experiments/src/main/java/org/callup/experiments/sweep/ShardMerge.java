package org.callup.experiments.sweep;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.callup.results.BadInputException;

/**
 * Joins the folders of the N shards of a sweep into one sweep folder with the very files a single machine would
 * have written: runs.csv (shard K holds runs K, K + N, ..., so the rows are dealt back in turn), points.csv,
 * sensitivity.csv and daily.csv. Every shard must be of this sweep (same sweep file, base scenario and callup),
 * each of 1..N given once, and complete.
 */
public final class ShardMerge {
    private ShardMerge() {}

    public static SweepFinisher.Outcome merge(
            Sweep sweep, List<Path> shardDirs, Path out, boolean overwrite, Instant now)
            throws BadInputException, IncompleteSweepException, IOException {
        Path[] byIndex = shards(sweep, shardDirs, now);
        int n = byIndex.length;
        int runs = sweep.plan(Shard.ALL).runs();
        try (SweepFolder folder = SweepFolder.open(out, sweep, Shard.ALL, overwrite, now)) {
            String header =
                    new RunRows(sweep.spec().parameterNames(), sweep.spec().outputNames()).headerLine();
            BitSet failed = joinRuns(byIndex, header, runs, folder.file(SweepFolder.RUNS_FILE));
            SweepAnalysis.write(sweep, folder.dir(), failed, r -> byIndex[(r - 1) % n].resolve(SweepFolder.DAILY_DIR));
            folder.markComplete(now, failed.cardinality());
            return new SweepFinisher.Outcome(runs, failed.cardinality());
        }
    }

    /** The shard folders by index (from 0), checked to be this sweep's, all there, once each and complete. */
    private static Path[] shards(Sweep sweep, List<Path> dirs, Instant now)
            throws BadInputException, IncompleteSweepException, IOException {
        if (dirs.isEmpty()) {
            throw new BadInputException("no shard folders given");
        }
        SweepManifest wanted = SweepManifest.of(sweep, Shard.ALL, now);
        Path[] byIndex = null;
        List<String> unfinished = new ArrayList<>();
        for (Path d : dirs) {
            SweepManifest m = SweepManifestJson.read(d.resolve(SweepFolder.MANIFEST_FILE));
            List<String> diff = wanted.differences(m, false);
            if (!diff.isEmpty()) {
                throw new BadInputException(d + " is not a shard of this sweep: " + String.join("; ", diff));
            }
            Shard s = m.shard();
            if (byIndex == null) {
                byIndex = new Path[s.count()];
            }
            if (s.count() != byIndex.length) {
                throw new BadInputException(d + " is shard " + s + ", but another folder is a shard of "
                        + byIndex.length + "; give the shards of one split");
            }
            if (byIndex[s.index() - 1] != null) {
                throw new BadInputException("shard " + s + " is given twice: " + byIndex[s.index() - 1] + " and " + d);
            }
            byIndex[s.index() - 1] = d;
            if (!m.complete()) {
                int total = s.size(m.runs());
                int done = Files.exists(d.resolve(SweepFolder.JOURNAL_FILE))
                        ? JournalLines.scan(
                                        d.resolve(SweepFolder.JOURNAL_FILE),
                                        new RunRows(
                                                        sweep.spec().parameterNames(),
                                                        sweep.spec().outputNames())
                                                .headerLine())
                                .runs()
                                .cardinality()
                        : 0;
                unfinished.add("shard " + s + " (" + d + ") has " + done + " of " + total + " runs; resume it with: "
                        + "callup sweep " + sweep.file() + " --shard " + s + " --out " + d);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                missing.add((i + 1) + "/" + byIndex.length);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException("shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " missing; give the folders of all " + byIndex.length + " shards");
        }
        if (!unfinished.isEmpty()) {
            throw new IncompleteSweepException(String.join("\n", unfinished));
        }
        return byIndex;
    }

    /** Deals the shards' rows back in run order into {@code target}; returns the runs that failed. */
    private static BitSet joinRuns(Path[] shards, String header, int runs, Path target) throws IOException {
        BitSet failed = new BitSet();
        BufferedReader[] in = new BufferedReader[shards.length];
        Path tmp = FileTrees.temporary(target);
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < shards.length; i++) {
                in[i] = Files.newBufferedReader(shards[i].resolve(SweepFolder.RUNS_FILE), StandardCharsets.UTF_8);
                if (!(in[i].readLine() + "\n").equals(header)) {
                    throw new IOException(
                            shards[i].resolve(SweepFolder.RUNS_FILE) + " does not have this sweep's columns");
                }
            }
            out.write(header);
            for (int r = 1; r <= runs; r++) {
                String line = in[(r - 1) % shards.length].readLine();
                if (line == null || !line.startsWith(r + ",")) {
                    throw new IOException(shards[(r - 1) % shards.length].resolve(SweepFolder.RUNS_FILE)
                            + " lacks the row of run " + r);
                }
                failed.set(r, !line.endsWith(","));
                out.write(line);
                out.write('\n');
            }
        } finally {
            for (BufferedReader r : in) {
                if (r != null) {
                    r.close();
                }
            }
        }
        FileTrees.commit(target);
        return failed;
    }
}
