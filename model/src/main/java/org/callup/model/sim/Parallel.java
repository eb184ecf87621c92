package org.callup.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Splits the population into fixed chunks that never straddle a region and runs them on a pool. Chunk boundaries
 * depend only on the population, never on the number of threads, and every per-chunk output is kept by chunk
 * index, so results are identical for any thread count.
 */
public final class Parallel {
    /** Citizens per chunk: large enough to amortise scheduling, small enough to balance two cores. */
    public static final int CHUNK = 1 << 14;

    private Parallel() {}

    /** One slice of one region's block of citizens. */
    public record Chunk(int index, int region, int from, int to) {}

    @FunctionalInterface
    public interface RegionSliceTask {
        void run(int region, int from, int to);
    }

    /** Work on one chunk with a worker-private accumulator W. */
    @FunctionalInterface
    public interface ChunkTask<W> {
        void run(Chunk chunk, W worker);
    }

    public static List<Chunk> chunks(int[] regionStart) {
        List<Chunk> out = new ArrayList<>();
        for (int r = 0; r + 1 < regionStart.length; r++) {
            for (int from = regionStart[r]; from < regionStart[r + 1]; from += CHUNK) {
                out.add(new Chunk(out.size(), r, from, Math.min(regionStart[r + 1], from + CHUNK)));
            }
        }
        return out;
    }

    public static void forEachRegionSlice(ExecutorService pool, int threads, int[] regionStart, RegionSliceTask task) {
        List<Chunk> chunks = chunks(regionStart);
        run(pool, threads, chunks, i -> null, (c, w) -> task.run(c.region(), c.from(), c.to()));
    }

    /**
     * Runs every chunk once; each of {@code threads} workers claims chunks in order and accumulates into its own
     * W (from {@code workerFactory}). Returns the workers' accumulators in worker order.
     */
    public static <W> List<W> run(
            ExecutorService pool, int threads, List<Chunk> chunks, IntFunction<W> workerFactory, ChunkTask<W> task) {
        List<W> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            workers.add(workerFactory.apply(t));
        }
        if (threads == 1 || pool == null) {
            for (Chunk c : chunks) {
                task.run(c, workers.get(0));
            }
            return workers;
        }
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> jobs = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            W w = workers.get(t);
            jobs.add(() -> {
                for (int k = next.getAndIncrement(); k < chunks.size(); k = next.getAndIncrement()) {
                    task.run(chunks.get(k), w);
                }
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
        return workers;
    }
}
