package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.experiments.sweep.Sweep;
import org.callup.experiments.sweep.SweepFile;
import org.callup.results.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup sweep slurm}: writes the scripts that run a sweep as a Slurm job array, and says how to submit them. */
@Command(
        name = "slurm",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write the scripts that run a sweep on a Slurm cluster.",
            "A job array of --shards tasks (task K runs the K-th slice of the runs into DIR/shards/K), then a merge "
                    + "job that joins them into DIR.",
            "The sweep file is checked now, and callup.jar is copied into DIR/slurm, so that every task runs the same "
                    + "callup. DIR, the sweep file and its scenario must be on a file system the nodes share."
        })
public final class SweepSlurmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file.")
    Path file;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            required = true,
            description =
                    "Sweep folder: the merged results go here, the shards to DIR/shards, the scripts to DIR/slurm.")
    Path out;

    @Option(
            names = "--shards",
            paramLabel = "N",
            required = true,
            converter = NumberOptions.Shards.class,
            description = "Number of array tasks, each a slice of the runs (1 to " + NumberOptions.MAX_SHARDS
                    + ", at most the sweep's runs).")
    int shards;

    @Option(
            names = "--cpus-per-task",
            paramLabel = "C",
            defaultValue = "4",
            converter = NumberOptions.Threads.class,
            description = "Cores of each task (1 to " + ThreadsOption.MAX_THREADS + "); it runs that many simulations "
                    + "at once. Default: ${DEFAULT-VALUE}.")
    int cpus;

    @Option(
            names = "--mem",
            paramLabel = "SIZE",
            defaultValue = "4G",
            description = "Memory of each task, as Slurm writes it (4G, 8000M); Java gets three quarters. "
                    + "Default: ${DEFAULT-VALUE}.")
    String memory;

    @Option(
            names = "--time",
            paramLabel = "LIMIT",
            description = "Time limit of each task, as Slurm writes it (12:00:00 for 12 hours, "
                    + "2-00:00:00 for 2 days). Default: the partition's.")
    String time;

    @Option(
            names = "--partition",
            paramLabel = "NAME",
            description = "Slurm partition. Default: the cluster's default partition.")
    String partition;

    @Option(
            names = "--sbatch-option",
            paramLabel = "OPTION",
            description = "Another #SBATCH line for both scripts, e.g. --sbatch-option=--account=abc (repeatable).")
    List<String> sbatchOptions = new ArrayList<>();

    @Option(
            names = "--java",
            paramLabel = "PATH",
            defaultValue = "java",
            description = "The java command on the nodes (Java 17 or later). Default: ${DEFAULT-VALUE}.")
    String java;

    @Option(
            names = "--jar",
            paramLabel = "FILE",
            description = "The callup.jar to run. Default: the one running this command.")
    Path jar;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Sweep sweep = SweepFile.load(file);
        int runs = sweep.plan(org.callup.experiments.sweep.Shard.ALL).runs();
        if (shards > runs) {
            throw new ParameterException(
                    spec.commandLine(), "--shards " + shards + " is more than the sweep's " + runs + " runs");
        }
        Path dir = out.toAbsolutePath().normalize();
        Path source = jarToCopy();
        SlurmJob job = new SlurmJob(
                sweep.name(),
                file.toAbsolutePath().normalize(),
                dir,
                dir.resolve("slurm").resolve("callup.jar"),
                shards,
                cpus,
                memory,
                time,
                partition,
                sbatchOptions,
                java);
        write(job, source);
        report(job, sweep);
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (shards < 1 || shards > 100_000) {
            throw new ParameterException(spec.commandLine(), "--shards must be between 1 and 100000, was " + shards);
        }
        if (cpus < 1 || cpus > ThreadsOption.MAX_THREADS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--cpus-per-task must be between 1 and " + ThreadsOption.MAX_THREADS + ", was " + cpus);
        }
        if (!memory.matches("(?i)\\d+[KMGT]?")) {
            throw new ParameterException(
                    spec.commandLine(), "--mem '" + memory + "' is not a memory size such as 4G " + "or 8000M");
        }
        if (time != null && !time.matches("[0-9:-]+")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--time '" + time + "' is not a time limit such as " + "12:00:00 or 1-00:00:00");
        }
        for (String o : sbatchOptions) {
            if (!o.startsWith("-") || o.contains("\n")) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--sbatch-option '" + o + "' is not an sbatch " + "option (such as --account=abc)");
            }
        }
    }

    /** The jar the tasks will run: --jar, or the jar this command runs from. */
    private Path jarToCopy() throws BadInputException {
        return jarToRun(jar);
    }

    /** The jar Slurm tasks will run: {@code jar} if given, or the jar this command runs from. */
    static Path jarToRun(Path jar) throws BadInputException {
        if (jar != null) {
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                throw new BadInputException("--jar " + jar + ": no such jar file");
            }
            return jar;
        }
        try {
            Path running = Path.of(SweepSlurmCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
                return running;
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the message below
        }
        throw new BadInputException("callup is not running from its jar here; give the jar to run with --jar "
                + "(e.g. --jar cli/target/callup.jar)");
    }

    private static void write(SlurmJob job, Path jar) throws IOException, BadInputException {
        Path slurm = job.slurmDir();
        if (Files.exists(job.dir()) && !Files.isDirectory(job.dir())) {
            throw new BadInputException(job.dir() + " is a file; choose another --out");
        }
        Files.createDirectories(slurm.resolve("logs"));
        Path copy = slurm.resolve("callup.jar");
        Files.copy(jar, slurm.resolve("callup.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(
                slurm.resolve("callup.jar.tmp"),
                copy,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        script(slurm.resolve(SlurmJob.SHARDS_SCRIPT), job.shardsScript());
        script(slurm.resolve(SlurmJob.MERGE_SCRIPT), job.mergeScript());
        script(slurm.resolve(SlurmJob.SUBMIT_SCRIPT), job.submitScript());
    }

    private static void script(Path p, String text) throws IOException {
        Files.writeString(p, text);
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run the scripts with bash
        }
    }

    private void report(SlurmJob job, Sweep sweep) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        Path s = job.slurmDir();
        o.printf(
                "Sweep %s: %s, in %d shards of %d cores%n",
                sweep.name(), sweep.summary(), job.shards(), job.cpusPerTask());
        o.printf(
                "Wrote %s: %s, %s, %s and callup.jar%n",
                RunCommand.shown(s), SlurmJob.SHARDS_SCRIPT, SlurmJob.MERGE_SCRIPT, SlurmJob.SUBMIT_SCRIPT);
        o.printf("Submit both jobs with:%n  %s%n", s.resolve(SlurmJob.SUBMIT_SCRIPT));
        o.printf(
                "or by hand:%n  jid=$(sbatch --parsable %s)%n  sbatch --dependency=afterany:$jid %s%n",
                s.resolve(SlurmJob.SHARDS_SCRIPT), s.resolve(SlurmJob.MERGE_SCRIPT));
        o.printf(
                "The results appear in %s when the merge job ends (logs in %s). A task that failed or ran out of "
                        + "time resumes when run again: sbatch --array=K %s%n",
                RunCommand.shown(job.dir()), RunCommand.shown(s.resolve("logs")), s.resolve(SlurmJob.SHARDS_SCRIPT));
        o.flush();
    }
}
