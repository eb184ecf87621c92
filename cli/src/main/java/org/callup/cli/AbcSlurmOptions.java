package org.callup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.experiments.sweep.Shard;
import org.callup.results.BadInputException;
import picocli.CommandLine.Option;

/**
 * The options of {@code callup calibrate --method abc --slurm}: each batch of proposals runs as a Slurm job array
 * (see {@link AbcSlurmJob}), and the hidden options an array task is started with.
 */
final class AbcSlurmOptions {
    static final int DEFAULT_SHARDS = 8;
    static final int DEFAULT_CPUS = 4;
    static final String DEFAULT_MEMORY = "4G";

    @Option(
            names = "--slurm",
            description = "ABC: run each batch of proposals as a Slurm job array (one task per shard of the batch), "
                    + "wait for it, merge its evaluations into the journal and go on; this command is the driver and "
                    + "must run where sbatch and squeue work. Stopped, it continues when run again (a job still "
                    + "queued is waited for, not submitted twice). The folder, the scenario and the calibration "
                    + "file must be on a file system the nodes share.")
    boolean slurm;

    @Option(
            names = "--shards",
            paramLabel = "N",
            converter = NumberOptions.Shards.class,
            description = "With --slurm: array tasks per batch at most, each a slice of its candidates (1 to "
                    + NumberOptions.MAX_SHARDS + "; default: " + DEFAULT_SHARDS + ").")
    Integer shards;

    @Option(
            names = "--cpus-per-task",
            paramLabel = "C",
            converter = NumberOptions.Threads.class,
            description = "With --slurm: cores of each task; it runs that many simulations at once (1 to "
                    + ThreadsOption.MAX_THREADS + "; default: " + DEFAULT_CPUS + ").")
    Integer cpus;

    @Option(
            names = "--mem",
            paramLabel = "SIZE",
            description = "With --slurm: memory of each task, as Slurm writes it (4G, 8000M); Java gets three quarters "
                    + "(default: " + DEFAULT_MEMORY + ").")
    String memory;

    @Option(
            names = "--time",
            paramLabel = "LIMIT",
            description = "With --slurm: time limit of each task (e.g. 02:00:00); default: the partition's.")
    String time;

    @Option(
            names = "--partition",
            paramLabel = "NAME",
            description = "With --slurm: Slurm partition; default: the cluster's default.")
    String partition;

    @Option(
            names = "--sbatch-option",
            paramLabel = "OPTION",
            description = "With --slurm: another #SBATCH line, e.g. --sbatch-option=--account=abc (repeatable).")
    List<String> sbatchOptions = new ArrayList<>();

    @Option(
            names = "--java",
            paramLabel = "PATH",
            description = "With --slurm: the java command on the nodes (Java 17 or later; default: java).")
    String java;

    @Option(
            names = "--jar",
            paramLabel = "FILE",
            description = "With --slurm: the callup.jar the tasks run (copied into the folder's slurm/; default: the "
                    + "one running this command).")
    Path jar;

    /** An array task: the batch folder it evaluates a shard of. */
    @Option(names = "--slurm-task", hidden = true, paramLabel = "BATCH")
    Path task;

    @Option(names = "--shard", hidden = true, paramLabel = "K/N", converter = ShardConverter.class)
    Shard shard;

    /** The options' long names, which an array task is not given again. */
    static final List<String> DRIVER_ONLY = List.of(
            "--slurm",
            "--shards",
            "--cpus-per-task",
            "--mem",
            "--time",
            "--partition",
            "--sbatch-option",
            "--java",
            "--jar",
            "--slurm-task",
            "--shard");

    boolean anyGiven() {
        return slurm
                || shards != null
                || cpus != null
                || memory != null
                || time != null
                || partition != null
                || !sbatchOptions.isEmpty()
                || java != null
                || jar != null;
    }

    /** Checks the options of a driver; returns nothing, throws what is wrong. */
    void check(boolean abc) throws BadInputException {
        if (task != null || shard != null) {
            if (task == null || shard == null) {
                throw new BadInputException("--slurm-task and --shard go together");
            }
            return;
        }
        if (!slurm) {
            if (anyGiven()) {
                throw new BadInputException("--shards, --cpus-per-task, --mem, --time, --partition, --sbatch-option, "
                        + "--java and --jar are settings of --slurm");
            }
            return;
        }
        if (!abc) {
            throw new BadInputException("--slurm runs the batches of --method abc; give --method abc");
        }
        if (memory != null && !memory.matches("(?i)\\d+[KMGT]?")) {
            throw new BadInputException("--mem '" + memory + "' is not a memory size such as 4G or 8000M");
        }
        if (time != null && !time.matches("[0-9:-]+")) {
            throw new BadInputException("--time '" + time + "' is not a time limit such as 12:00:00 or 1-00:00:00");
        }
        for (String o : sbatchOptions) {
            if (!o.startsWith("-") || o.contains("\n")) {
                throw new BadInputException(
                        "--sbatch-option '" + o + "' is not an sbatch option (such as " + "--account=abc)");
            }
        }
    }

    int shardsOrDefault() {
        return shards == null ? DEFAULT_SHARDS : shards;
    }

    int cpusOrDefault() {
        return cpus == null ? DEFAULT_CPUS : cpus;
    }

    String memoryOrDefault() {
        return memory == null ? DEFAULT_MEMORY : memory;
    }

    String javaOrDefault() {
        return java == null ? "java" : java;
    }
}
