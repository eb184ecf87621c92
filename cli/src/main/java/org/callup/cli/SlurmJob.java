package org.callup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scripts of a sweep on a Slurm cluster: a job array with one task per shard (task K runs
 * {@code callup sweep SWEEP --shard K/N} into {@code DIR/shards/K}, resuming if it ran before), a merge job that
 * joins the shards into {@code DIR} once every task has ended, and {@code submit.sh}, which submits both with the
 * dependency between them. Paths are absolute: the jobs run on other machines, from another directory.
 */
record SlurmJob(
        String name,
        Path sweepFile,
        Path dir,
        Path jar,
        int shards,
        int cpusPerTask,
        String memory,
        String time,
        String partition,
        List<String> sbatchOptions,
        String java) {

    static final String SHARDS_SCRIPT = "shards.sbatch";
    static final String MERGE_SCRIPT = "merge.sbatch";
    static final String SUBMIT_SCRIPT = "submit.sh";

    Path slurmDir() {
        return dir.resolve("slurm");
    }

    String shardsScript() {
        List<String> s = header("callup-" + name, "shard-%a.out");
        s.add(3, "#SBATCH --array=1-" + shards);
        s.add("# Task K runs the K-th of " + shards + " slices of the runs; run again, it resumes where it stopped.");
        s.add("exec " + javaCommand() + " sweep " + q(sweepFile) + " --shard \"$SLURM_ARRAY_TASK_ID/" + shards + "\""
                + " --threads \"${SLURM_CPUS_PER_TASK:-" + cpusPerTask + "}\" --out " + q(dir.resolve("shards"))
                + "/\"$SLURM_ARRAY_TASK_ID\"");
        return String.join("\n", s) + "\n";
    }

    String mergeScript() {
        List<String> s = header("callup-" + name + "-merge", "merge.out");
        s.add("shards=()");
        s.add("for k in $(seq 1 " + shards + "); do shards+=(" + q(dir.resolve("shards")) + "/\"$k\"); done");
        s.add("exec " + javaCommand() + " sweep merge " + q(sweepFile) + " \"${shards[@]}\" --out " + q(dir));
        return String.join("\n", s) + "\n";
    }

    String submitScript() {
        return String.join(
                "\n",
                "#!/bin/bash",
                "# Submits the sweep " + name + ": the job array of its " + shards + " shards, then the merge, which",
                "# starts when every task has ended. Options (e.g. --wait) go to the merge's sbatch.",
                "set -euo pipefail",
                "array=$(sbatch --parsable " + q(slurmDir().resolve(SHARDS_SCRIPT)) + ")",
                "array=${array%%;*}",
                "merge=$(sbatch --parsable \"$@\" --dependency=afterany:\"$array\" "
                        + q(slurmDir().resolve(MERGE_SCRIPT)) + ")",
                "echo \"submitted job array $array (" + shards + " shards) and merge job ${merge%%;*}\"",
                "");
    }

    private List<String> header(String jobName, String log) {
        List<String> s = new ArrayList<>();
        s.add("#!/bin/bash");
        s.add("# callup sweep " + name + " on Slurm (written by 'callup sweep slurm'; edit freely).");
        s.add("#SBATCH --job-name=" + jobName);
        s.add("#SBATCH --cpus-per-task=" + cpusPerTask);
        s.add("#SBATCH --output=" + slurmDir().resolve("logs").resolve(log));
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
        return s;
    }

    /** The java command: the heap is three quarters of the job's memory, so the JVM fits inside the job. */
    private String javaCommand() {
        return javaCommand(java, memory, jar);
    }

    /** The java command running {@code jar} with three quarters of a job's {@code memory} (none: Java's default). */
    static String javaCommand(String java, String memory, Path jar) {
        String heap = memory == null ? "" : " -Xmx" + heapMegabytes(memory) + "m";
        return q(java) + heap + " -jar " + q(jar);
    }

    /** Megabytes of {@code 3/4} of a Slurm memory size such as {@code 4G}, {@code 4000M} or {@code 4000}. */
    static long heapMegabytes(String memory) {
        String m = memory.strip().toUpperCase(Locale.ROOT);
        char last = m.charAt(m.length() - 1);
        boolean unit = Character.isLetter(last);
        long n = Long.parseLong(unit ? m.substring(0, m.length() - 1) : m);
        long mb = switch (unit ? last : 'M') {
            case 'K' -> n / 1024;
            case 'G' -> n * 1024;
            case 'T' -> n * 1024 * 1024;
            default -> n;
        };
        return Math.max(64, mb * 3 / 4);
    }

    /** A shell word in single quotes. */
    static String q(Object s) {
        return "'" + s.toString().replace("'", "'\\''") + "'";
    }
}
