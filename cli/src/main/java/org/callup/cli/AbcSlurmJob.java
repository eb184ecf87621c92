package org.callup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.callup.experiments.calibration.abc.ArrayBatches;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The job array of one batch of an ABC calibration on Slurm: task K runs {@code callup calibrate} with the driver's
 * own options (those that shape the calibration; its folder, threads and Slurm options left out), plus
 * {@code --slurm-task BATCH --shard K/N}, from the driver's working directory, so that relative paths mean what
 * they meant to the driver. The task checks that its calibration is the driver's ({@link ArrayBatches#runTask}).
 *
 * @param calibrateArgs the driver's arguments that an array task is given again
 */
record AbcSlurmJob(
        String name,
        Path slurmDir,
        Path jar,
        Path workingDir,
        List<String> calibrateArgs,
        int cpusPerTask,
        String memory,
        String time,
        String partition,
        List<String> sbatchOptions,
        String java) {

    static final String SCRIPT = "tasks.sbatch";

    AbcSlurmJob {
        calibrateArgs = List.copyOf(calibrateArgs);
        sbatchOptions = List.copyOf(sbatchOptions);
    }

    /** The arguments of the calibrate command an array task is given again: all but these. */
    private static final Set<String> NOT_FOR_TASKS =
            Set.of("--out", "--overwrite", "--no-chart", "--threads", "--no-report", "--quiet", "--help", "--version");

    /** The driver's arguments an array task is given again, as it parsed them. */
    static List<String> taskArguments(ParseResult pr) {
        List<String> out = new ArrayList<>();
        for (PositionalParamSpec p : pr.matchedPositionals()) {
            out.addAll(p.originalStringValues());
        }
        // An option given several times is matched once per time, and holds all its values each time.
        for (OptionSpec o : new java.util.LinkedHashSet<>(pr.matchedOptions())) {
            String name = o.longestName();
            if (NOT_FOR_TASKS.contains(name) || AbcSlurmOptions.DRIVER_ONLY.contains(name)) {
                continue;
            }
            if (o.arity().max() == 0) {
                out.add(name);
                continue;
            }
            for (String v : o.originalStringValues()) {
                out.add(name);
                out.add(v);
            }
        }
        return out;
    }

    /** The arguments of task {@code k} of a batch (after {@code calibrate}), for a given number of threads. */
    List<String> taskArgs(ArrayBatches.Batch batch, int k, int threads) {
        List<String> a = new ArrayList<>();
        a.add("calibrate");
        a.addAll(calibrateArgs);
        a.addAll(List.of(
                "--threads",
                Integer.toString(threads),
                "--slurm-task",
                batch.dir().toString(),
                "--shard",
                k + "/" + batch.shards(),
                "--quiet"));
        return a;
    }

    /** The job script of a batch; {@code sbatch --array=LIST} chooses the tasks. */
    String script(ArrayBatches.Batch batch) {
        String b = ArrayBatches.Batch.name(batch.number());
        List<String> s = new ArrayList<>();
        s.add("#!/bin/bash");
        s.add("# callup calibrate --method abc --slurm: " + b + " of " + name + ", " + batch.candidates()
                + " candidates in " + batch.shards() + " tasks (written by the driver; it submits the tasks left).");
        s.add("#SBATCH --job-name=callup-abc-" + name + "-" + batch.number());
        s.add("#SBATCH --array=1-" + batch.shards());
        s.add("#SBATCH --cpus-per-task=" + cpusPerTask);
        s.add("#SBATCH --output=" + slurmDir.resolve("logs").resolve(b + "-%a.out"));
        s.add("#SBATCH --chdir=" + workingDir);
        if (memory != null) {
            s.add("#SBATCH --mem=" + memory);
        }
        if (time != null) {
            s.add("#SBATCH --time=" + time);
        }
        if (partition != null) {
            s.add("#SBATCH --partition=" + partition);
        }
        sbatchOptions.forEach(o -> s.add("#SBATCH " + o));
        s.add("set -euo pipefail");
        List<String> args = taskArgs(batch, 0, cpusPerTask);
        StringBuilder cmd = new StringBuilder("exec " + SlurmJob.javaCommand(java, memory, jar));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String previous = i == 0 ? "" : args.get(i - 1);
            if (previous.equals("--threads")) {
                cmd.append(" \"${SLURM_CPUS_PER_TASK:-").append(cpusPerTask).append("}\"");
            } else if (previous.equals("--shard")) {
                cmd.append(" \"$SLURM_ARRAY_TASK_ID/").append(batch.shards()).append('"');
            } else {
                cmd.append(' ').append(SlurmJob.q(a));
            }
        }
        s.add(cmd.toString());
        return String.join("\n", s) + "\n";
    }
}
