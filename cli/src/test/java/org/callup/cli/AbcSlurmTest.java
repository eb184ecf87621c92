package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.callup.experiments.calibration.abc.ArrayBatches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callup calibrate --method abc --slurm} against a stand-in for Slurm that runs the array tasks in this
 * process from the very arguments the job script gives them: the posterior is the one of a calibration on this
 * machine, a shard that failed is submitted again, and a driver that died while its job array was queued waits for
 * that job when run again instead of submitting it twice. The same against a real cluster: .ci/slurm-abc-test.
 */
class AbcSlurmTest {
    private static final String[] FILES = {"posterior.csv", "generations.csv", "posterior-predictive.csv"};

    @TempDir
    Path dir;

    private final Function<AbcSlurmJob, ArrayBatches.Queue> real = CalibrateCommand.queues;

    @AfterEach
    void restore() {
        CalibrateCommand.queues = real;
    }

    static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(
                "calibrate",
                "smoke",
                "--method",
                "abc",
                "--param",
                "protest.policePer1000Residents=0.05:2:log",
                "--param",
                "borders.visaHoldersShare=0.02:0.4",
                "--particles",
                "8",
                "--generations",
                "3",
                "--replications",
                "1",
                "--predictive-draws",
                "4",
                "--no-chart",
                "--out",
                out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** A job queue that runs the tasks of an array in this process when the job is waited for. */
    static final class InProcessQueue implements ArrayBatches.Queue {
        private AbcSlurmJob job;
        private final Map<String, Runnable> queued = new LinkedHashMap<>();
        private final Set<String> batchesSeen = new HashSet<>();
        final List<String> submitted = new ArrayList<>();
        /** The submission (from 1) whose wait kills the driver, or 0. */
        int killAt;
        /** Whether the first submission of each batch loses its second task, as a failed node would. */
        boolean failSecondTask;

        InProcessQueue with(AbcSlurmJob j) {
            this.job = j;
            return this;
        }

        @Override
        public String submit(ArrayBatches.Batch batch, List<Integer> tasks) throws IOException {
            String id = Integer.toString(100 + submitted.size());
            submitted.add(batch.number() + ":" + tasks);
            boolean first = batchesSeen.add(batch.dir().toString());
            Files.writeString(batch.dir().resolve(AbcSlurmJob.SCRIPT), job.script(batch));
            queued.put(id, () -> {
                for (int k : tasks) {
                    if (failSecondTask && first && k == 2) {
                        continue;
                    }
                    Cli.Result r = Cli.run(job.taskArgs(batch, k, 1).toArray(String[]::new));
                    assertEquals(0, r.code(), r.toString());
                }
            });
            return id;
        }

        @Override
        public boolean active(String jobId) {
            return queued.containsKey(jobId);
        }

        @Override
        public void await(String jobId) {
            if (killAt == submitted.size()) {
                killAt = 0;
                throw new IllegalStateException("killed while waiting for job " + jobId);
            }
            Runnable r = queued.remove(jobId);
            if (r != null) {
                r.run();
            }
        }
    }

    @Test
    void givesThePosteriorOfALocalRunResubmitsFailedShardsAndResumesWithoutSubmittingTwice() throws Exception {
        Path local = dir.resolve("local");
        Cli.Result l = Cli.run(args(local, "-q"));
        assertEquals(0, l.code(), l.toString());

        Path jar = Files.writeString(dir.resolve("callup.jar"), "stand-in");
        InProcessQueue queue = new InProcessQueue();
        queue.failSecondTask = true;
        queue.killAt = 4;
        CalibrateCommand.queues = queue::with;
        Path cluster = dir.resolve("cluster");
        String[] slurm = args(cluster, "--slurm", "--shards", "3", "--jar", jar.toString(), "-q");
        Cli.Result killed = Cli.run(slurm);
        assertEquals(1, killed.code(), killed.toString());
        assertTrue(killed.err().contains("killed while waiting"), killed.toString());
        int before = queue.submitted.size();

        Cli.Result again = Cli.run(slurm);
        assertEquals(0, again.code(), again.toString());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(cluster.resolve(f)), f);
        }
        // Batch 1 lost its second task and was submitted again for that task alone.
        assertEquals("1:[1, 2, 3]", queue.submitted.get(0));
        assertEquals("1:[2]", queue.submitted.get(1));
        // The job queued when the driver died ran once, and its batch was not submitted again on relaunch.
        String lastBeforeKill = queue.submitted.get(before - 1);
        String batchKilled = lastBeforeKill.substring(0, lastBeforeKill.indexOf(':'));
        assertFalse(
                queue.submitted.subList(before, queue.submitted.size()).stream()
                        .anyMatch(s -> s.startsWith(batchKilled + ":[1")),
                queue.submitted.toString());
        Path slurmDir = cluster.resolve(AbcRun.SLURM_DIR);
        assertFalse(Files.exists(slurmDir.resolve("callup.jar")), "the tasks' copy of callup is removed");
        String script = Files.readString(slurmDir.resolve("batch-0001").resolve(AbcSlurmJob.SCRIPT));
        assertTrue(script.contains("#SBATCH --array=1-3"), script);
        assertTrue(script.contains("'--shard' \"$SLURM_ARRAY_TASK_ID/3\""), script);
        assertTrue(script.contains("'--threads' \"${SLURM_CPUS_PER_TASK:-4}\""), script);
        assertTrue(script.contains("#SBATCH --chdir="), script);
        assertEquals(2, script.split("'--param'", -1).length - 1, script);
        assertFalse(
                script.contains("'--out'") || script.contains("'--slurm'") || script.contains("'--shards'"), script);
        try (Stream<Path> s = Files.list(slurmDir.resolve("batch-0001").resolve(ArrayBatches.SHARD_DIR))) {
            assertEquals(3, s.count(), "one journal per shard; the second's written by its second submission");
        }
    }

    @Test
    void aTaskOfAnotherCalibrationIsRefused() throws Exception {
        Path jar = Files.writeString(dir.resolve("callup.jar"), "stand-in");
        InProcessQueue queue = new InProcessQueue();
        queue.killAt = 1;
        CalibrateCommand.queues = queue::with;
        Path cluster = dir.resolve("cluster");
        Cli.Result killed = Cli.run(args(cluster, "--slurm", "--shards", "2", "--jar", jar.toString(), "-q"));
        assertEquals(1, killed.code(), killed.toString());
        Path batch = cluster.resolveSibling(".cluster.calibrating")
                .resolve(AbcRun.SLURM_DIR)
                .resolve("batch-0001");
        assertTrue(Files.isRegularFile(batch.resolve(ArrayBatches.PLAN_FILE)), batch.toString());
        List<String> other = new ArrayList<>(List.of(args(cluster)));
        other.set(other.indexOf("--particles") + 1, "9");
        other.addAll(List.of("--slurm-task", batch.toString(), "--shard", "1/2"));
        Cli.Result r = Cli.run(other.toArray(String[]::new));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("differs from the one that wrote the batch"), r.toString());
        Cli.Result plain = Cli.run("calibrate", "smoke", "--param", "borders.visaHoldersShare=0.02:0.4", "--slurm");
        assertEquals(2, plain.code(), plain.toString());
        assertTrue(plain.err().contains("give --method abc"), plain.toString());
    }
}
