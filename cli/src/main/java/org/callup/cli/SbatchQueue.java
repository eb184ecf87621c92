package org.callup.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.callup.experiments.calibration.abc.ArrayBatches;

/** The Slurm cluster as {@code sbatch} and {@code squeue} on this machine see it. */
final class SbatchQueue implements ArrayBatches.Queue {
    /** How long to wait between two looks at the queue. */
    private static final long POLL_MILLIS = 2_000;

    private final AbcSlurmJob job;

    SbatchQueue(AbcSlurmJob job) {
        this.job = job;
    }

    @Override
    public String submit(ArrayBatches.Batch batch, List<Integer> tasks) throws IOException {
        Path script = batch.dir().resolve(AbcSlurmJob.SCRIPT);
        Files.createDirectories(job.slurmDir().resolve("logs"));
        Files.writeString(script, job.script(batch), StandardCharsets.UTF_8);
        String array = tasks.stream().map(String::valueOf).collect(Collectors.joining(","));
        Result r = exec(List.of("sbatch", "--parsable", "--array=" + array, script.toString()));
        if (r.code != 0 || r.out.isBlank()) {
            throw new IOException("sbatch refused " + script + " (exit " + r.code + "): " + r.err.strip());
        }
        String id = r.out.strip();
        int semicolon = id.indexOf(';');
        return semicolon < 0 ? id : id.substring(0, semicolon);
    }

    @Override
    public boolean active(String jobId) throws IOException {
        Result r = exec(List.of("squeue", "-h", "-j", jobId, "-o", "%i"));
        if (r.code != 0) {
            // squeue refuses the id of a job that has left the queue and been forgotten.
            if (r.err.contains("Invalid job id")) {
                return false;
            }
            throw new IOException("squeue failed (exit " + r.code + "): " + r.err.strip());
        }
        return !r.out.isBlank();
    }

    @Override
    public void await(String jobId) throws IOException {
        while (active(jobId)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for job " + jobId);
            }
        }
    }

    private record Result(int code, String out, String err) {}

    private static Result exec(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException(
                    command.get(0) + " cannot be run here (is Slurm installed and on the PATH?): " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
            byte[] err = p.getErrorStream().readAllBytes();
            byte[] out = p.getInputStream().readAllBytes();
            int code = p.waitFor();
            return new Result(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + command.get(0));
        }
    }
}
