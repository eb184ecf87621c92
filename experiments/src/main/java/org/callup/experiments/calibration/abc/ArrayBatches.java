package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.Evaluator;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.experiments.calibration.Journal;
import org.callup.experiments.calibration.ValueKey;
import org.callup.experiments.sweep.Shard;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;

/**
 * The candidates of an ABC calibration run as a job array per batch of proposals: the proposals of a batch are
 * known before any of them runs, so they are written as a plan ({@value #PLAN_FILE}), dealt into shards as a sweep
 * deals its runs ({@link Shard}: candidate i goes to shard ((i - 1) mod N) + 1), and each shard is one array task
 * that evaluates its candidates into a journal of its own. Once the array has ended, the shards' journals are merged
 * into the calibration's journal; a shard that did not finish (a failed node, a time limit) is submitted again, up
 * to {@value #SUBMISSIONS} times, and resumes where it stopped.
 *
 * <p>Everything the driver needs to go on survives {@code kill -9}: the plan, the ids of the jobs submitted
 * ({@value #JOBS_FILE}) and the shards' journals. A relaunched driver replays the sampler from the calibration's
 * journal; at the first batch it does not hold, it finds the plan written before, waits for the job still in the
 * queue if there is one instead of submitting another, merges what the shards have, and submits only the shards
 * left. Every task writes a journal file of its own ({@code shards/K.<job>.csv}), so two tasks never write to one
 * file, and a task reads what earlier tasks of its shard wrote and does not run it again.
 *
 * <p>Layout, under the folder given (the calibration's {@code slurm/}): {@value #SETUP_FILE} (the calibration's
 * setup, which every task checks against its own), {@code batch-NNNN/} with {@value #PLAN_FILE},
 * {@value #SHARDS_FILE}, {@value #JOBS_FILE} and {@value #SHARD_DIR}/.
 */
public final class ArrayBatches implements CandidateRuns {
    public static final String SETUP_FILE = "setup.txt";
    public static final String PLAN_FILE = "plan.csv";
    public static final String SHARDS_FILE = "shards.txt";
    public static final String JOBS_FILE = "jobs.txt";
    public static final String SHARD_DIR = "shards";
    /** Submissions of a batch's unfinished shards before the driver gives up (a relaunch starts afresh). */
    public static final int SUBMISSIONS = 3;

    /** A batch as the queue sees it. */
    public record Batch(int number, Path dir, int shards, int candidates) {
        /** The batch's folder name, e.g. {@code batch-0007}. */
        public static String name(int number) {
            return String.format(Locale.ROOT, "batch-%04d", number);
        }
    }

    /** A Slurm cluster, or a stand-in for it. */
    public interface Queue {
        /** Submits the given tasks (shard numbers from 1) of a batch's job array; returns the job's id. */
        String submit(Batch batch, List<Integer> tasks) throws IOException;

        /** Whether a job submitted before is still pending or running. */
        boolean active(String jobId) throws IOException;

        /** Returns once a job has left the queue. */
        void await(String jobId) throws IOException;
    }

    private final Path dir;
    private final int maxShards;
    private final Queue queue;
    private final List<String> paths;
    private final List<String> targetIds;
    private final int replications;
    private final Consumer<String> log;

    /**
     * @param dir       where batches are kept (it must be on a file system the nodes share)
     * @param setupText the calibration's setup; every task checks that it calibrates the same
     * @param maxShards array tasks per batch at most (a batch of fewer candidates has one task per candidate)
     * @param log       hears of submissions and waits, one line each
     */
    public ArrayBatches(
            Path dir, String setupText, CalibrationProblem problem, int maxShards, Queue queue, Consumer<String> log)
            throws IOException {
        if (maxShards < 1) {
            throw new IllegalArgumentException("at least one shard is required, was " + maxShards);
        }
        this.dir = dir;
        this.maxShards = maxShards;
        this.queue = queue;
        this.paths = problem.parameters().stream().map(FreeParameter::path).toList();
        this.targetIds = problem.targets().stream().map(CalibrationTarget::id).toList();
        this.replications = problem.seeds().size();
        this.log = log;
        Files.createDirectories(dir);
        Path setup = dir.resolve(SETUP_FILE);
        if (!Files.exists(setup)
                || !Files.readString(setup, StandardCharsets.UTF_8).equals(setupText)) {
            writeAtomically(setup, setupText);
        }
    }

    @Override
    public void evaluate(int number, List<double[]> candidates, Journal journal, Consumer<Evaluation> done)
            throws IOException, BadInputException {
        Batch batch = prepare(number, candidates);
        List<double[]> plan = readPlan(batch.dir(), paths);
        for (int submissions = 0; ; submissions++) {
            String last = lastJob(batch);
            if (last != null && queue.active(last)) {
                log.accept(Batch.name(number) + ": waiting for job " + last + ", submitted before");
                queue.await(last);
            }
            merge(batch, journal, done);
            List<Integer> left = unfinished(batch, plan, journal);
            if (left.isEmpty()) {
                return;
            }
            if (submissions == SUBMISSIONS) {
                throw new IOException(Batch.name(number) + ": shard" + (left.size() == 1 ? " " : "s ")
                        + String.join(", ", left.stream().map(String::valueOf).toList()) + " of " + batch.shards()
                        + " did not finish after " + SUBMISSIONS + " submissions; see the logs in "
                        + dir.resolve("logs") + ", then run the same command again to go on");
            }
            String id = queue.submit(batch, left);
            Files.writeString(
                    batch.dir().resolve(JOBS_FILE),
                    id + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
            log.accept(String.format(
                    Locale.ROOT,
                    "%s: submitted job array %s (%d of %d tasks, %d candidates)",
                    Batch.name(number),
                    id,
                    left.size(),
                    batch.shards(),
                    batch.candidates()));
            queue.await(id);
        }
    }

    /** The batch's folder with its plan: the one written before if it holds these candidates, else a new one. */
    private Batch prepare(int number, List<double[]> candidates) throws IOException, BadInputException {
        Path b = dir.resolve(Batch.name(number));
        Path planFile = b.resolve(PLAN_FILE);
        Path shardsFile = b.resolve(SHARDS_FILE);
        if (Files.isRegularFile(planFile) && Files.isRegularFile(shardsFile)) {
            List<double[]> old = readPlan(b, paths);
            Set<ValueKey> keys = new HashSet<>();
            old.forEach(v -> keys.add(new ValueKey(v)));
            if (candidates.stream().allMatch(v -> keys.contains(new ValueKey(v)))) {
                return new Batch(number, b, readShards(b), old.size());
            }
        }
        Files.createDirectories(b.resolve(SHARD_DIR));
        Path tmp = b.resolve(PLAN_FILE + ".tmp");
        try (CsvWriter csv = CsvValues.writer(tmp)) {
            csv.writeRecord(paths.stream().map(CsvValues::text).toList());
            for (double[] v : candidates) {
                List<String> row = new ArrayList<>();
                for (double x : v) {
                    row.add(CsvValues.format(x));
                }
                csv.writeRecord(row);
            }
        }
        Files.move(tmp, planFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        int shards = Math.min(maxShards, candidates.size());
        writeAtomically(shardsFile, shards + "\n");
        Files.deleteIfExists(b.resolve(JOBS_FILE));
        return new Batch(number, b, shards, candidates.size());
    }

    private static String lastJob(Batch batch) throws IOException {
        Path f = batch.dir().resolve(JOBS_FILE);
        if (!Files.exists(f)) {
            return null;
        }
        List<String> ids = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank())
                .toList();
        return ids.isEmpty() ? null : ids.get(ids.size() - 1).strip();
    }

    /** Moves what the shards' journals hold into the calibration's journal. */
    private void merge(Batch batch, Journal journal, Consumer<Evaluation> done) throws IOException, BadInputException {
        for (Path f : shardJournals(batch.dir(), null)) {
            for (Evaluation e : Journal.read(f, paths, targetIds, replications)) {
                if (journal.get(e.key()) == null) {
                    journal.append(e);
                    done.accept(e);
                }
            }
        }
    }

    /** The shards (from 1) with a candidate of the plan the journal does not hold. */
    private static List<Integer> unfinished(Batch batch, List<double[]> plan, Journal journal) {
        List<Integer> left = new ArrayList<>();
        for (int k = 1; k <= batch.shards(); k++) {
            Shard s = new Shard(k, batch.shards());
            for (int i = 1; i <= plan.size(); i++) {
                if (s.contains(i) && journal.get(new ValueKey(plan.get(i - 1))) == null) {
                    left.add(k);
                    break;
                }
            }
        }
        return left;
    }

    /**
     * One array task: evaluates the candidates of one shard of a batch that no earlier task of that shard journalled,
     * into {@code shards/K.<run>.csv}. Returns how many it ran.
     *
     * @param run what tells this task's journal from another's (Slurm's job id of the task)
     */
    public static int runTask(
            CalibrationProblem problem,
            String setupText,
            Path batchDir,
            Shard shard,
            String run,
            ExecutorService pool,
            Consumer<Evaluation> done)
            throws IOException, BadInputException {
        Path setup = batchDir.toAbsolutePath().getParent().resolve(SETUP_FILE);
        if (!Files.isRegularFile(setup) || !Files.isRegularFile(batchDir.resolve(PLAN_FILE))) {
            throw new BadInputException(batchDir + " is not a batch of an ABC calibration on Slurm (no " + SETUP_FILE
                    + " beside it or no " + PLAN_FILE + ")");
        }
        if (!Files.readString(setup, StandardCharsets.UTF_8).equals(setupText)) {
            throw new BadInputException(batchDir + ": this task's calibration differs from the one that wrote the "
                    + "batch (" + setup + "); the task must be given the driver's options");
        }
        List<String> paths =
                problem.parameters().stream().map(FreeParameter::path).toList();
        List<String> ids = problem.targets().stream().map(CalibrationTarget::id).toList();
        int shards = readShards(batchDir);
        if (shard.count() != shards) {
            throw new BadInputException(batchDir + " is split into " + shards + " shards, not " + shard.count());
        }
        List<double[]> plan = readPlan(batchDir, paths);
        Set<ValueKey> known = new HashSet<>();
        for (Path f : shardJournals(batchDir, shard.index())) {
            for (Evaluation e : Journal.read(f, paths, ids, problem.seeds().size())) {
                known.add(e.key());
            }
        }
        List<double[]> todo = new ArrayList<>();
        for (int i = 1; i <= plan.size(); i++) {
            if (shard.contains(i) && !known.contains(new ValueKey(plan.get(i - 1)))) {
                todo.add(plan.get(i - 1));
            }
        }
        if (todo.isEmpty()) {
            return 0;
        }
        String safe = run.replaceAll("[^A-Za-z0-9_.-]", "_");
        Path file = batchDir.resolve(SHARD_DIR).resolve(shard.index() + "." + safe + ".csv");
        Files.createDirectories(file.getParent());
        try (Journal own = Journal.open(file, paths, ids, problem.seeds().size())) {
            new Evaluator(problem, pool).evaluate(todo, e -> {
                own.append(e);
                done.accept(e);
            });
        }
        return todo.size();
    }

    /** The journals of a batch's shards, of one shard only if {@code index} is given, in name order. */
    private static List<Path> shardJournals(Path batchDir, Integer index) throws IOException {
        Path d = batchDir.resolve(SHARD_DIR);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(d)) {
            return out;
        }
        String glob = index == null ? "*.csv" : index + ".*.csv";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d, glob)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static int readShards(Path batchDir) throws IOException, BadInputException {
        String text = Files.readString(batchDir.resolve(SHARDS_FILE), StandardCharsets.UTF_8)
                .strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(batchDir.resolve(SHARDS_FILE) + ": expected the number of shards");
        }
    }

    /** The candidates of a batch's plan, in order. */
    static List<double[]> readPlan(Path batchDir, List<String> paths) throws IOException, BadInputException {
        Path file = batchDir.resolve(PLAN_FILE);
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().ofCsvRecord(Files.readString(file, StandardCharsets.UTF_8))) {
            csv.forEach(rows::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (rows.isEmpty()
                || !rows.get(0).getFields().stream()
                        .map(CsvValues::fromText)
                        .toList()
                        .equals(paths)) {
            throw new BadInputException(file + ": a plan of other free parameters");
        }
        List<double[]> out = new ArrayList<>();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            if (r.getFieldCount() != paths.size()) {
                throw new BadInputException(
                        file + ":" + r.getStartingLineNumber() + ": expected " + paths.size() + " values");
            }
            double[] v = new double[paths.size()];
            try {
                for (int k = 0; k < v.length; k++) {
                    v[k] = CsvValues.parse(r.getField(k));
                }
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + r.getStartingLineNumber() + ": " + e.getMessage());
            }
            out.add(v);
        }
        return out;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
