package org.callup.model.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.callup.model.citizens.Population;
import org.callup.model.sim.Parallel;
import org.callup.model.sim.Rng;

/**
 * The floor of a day's cost: one streaming pass over the same arrays as the model's sweep, doing the least a rule
 * can do per citizen (read the state byte and one attribute, draw one random number, write the state back), in
 * the same chunks and on the same pool. The model cannot be faster than this.
 */
public final class StreamingFloor {
    private StreamingFloor() {}

    /** Seconds for {@code days} passes over the population. */
    public static double run(Population pop, int days, ExecutorService pool, int threads) {
        List<Parallel.Chunk> chunks = Parallel.chunks(pop.regionStart);
        long[] sink = new long[threads];
        long t0 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            long key = Rng.stream(1, d, 1);
            Parallel.run(pool, threads, chunks, t -> new long[1], (c, acc) -> {
                byte[] state = pop.state;
                byte[] risk = pop.riskAversion;
                long n = 0;
                for (int i = c.from(); i < c.to(); i++) {
                    double u = Rng.uniform(key, i);
                    byte s = state[i];
                    if (u * 255 < (risk[i] & 0xff) * 1e-9) {
                        s ^= 1;
                        n++;
                    }
                    state[i] = s;
                }
                acc[0] += n;
            });
        }
        long t1 = System.nanoTime();
        sink[0]++;
        return (t1 - t0) / 1e9;
    }
}
