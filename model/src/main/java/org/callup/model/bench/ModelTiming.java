package org.callup.model.bench;

import org.callup.model.MobilizationModel;
import org.callup.model.citizens.Population;
import org.callup.model.observe.Metric;
import org.callup.model.params.Scenario;
import org.callup.model.sim.Engine;

/**
 * Times one headless run of the model: build, each daily phase, and the whole, with throughput in citizen-days per
 * second and the bytes of model state per citizen.
 */
public final class ModelTiming {
    private ModelTiming() {}

    /** The figures of one timed run. */
    public record Result(
            int citizens,
            int days,
            int threads,
            double buildSeconds,
            double runSeconds,
            double[] phaseSeconds,
            double[] daySeconds,
            double bytesPerCitizen,
            double heapBytesPerCitizen,
            double mobilized,
            double emigrants) {
        public double citizenDaysPerSecond() {
            return (double) citizens * days / runSeconds;
        }

        public double nanosPerCitizenDay() {
            return runSeconds * 1e9 / ((double) citizens * days);
        }

        /** Median wall time of a day, seconds. */
        public double medianDaySeconds() {
            double[] d = daySeconds.clone();
            java.util.Arrays.sort(d);
            return d[d.length / 2];
        }

        /** Wall time of the costliest day, seconds. */
        public double maxDaySeconds() {
            return java.util.Arrays.stream(daySeconds).max().orElse(0);
        }

        /** Wall time of the cheapest day, seconds. */
        public double minDaySeconds() {
            return java.util.Arrays.stream(daySeconds).min().orElse(0);
        }
    }

    public static Result run(Scenario scenario, int threads) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        double[] totals = new double[2];
        MobilizationModel m = new MobilizationModel(scenario, threads);
        m.addSink(o -> {
            totals[0] += o.all(Metric.MOBILIZED);
            totals[1] += o.all(Metric.EMIGRANTS);
        });
        long t0 = System.nanoTime();
        m.start();
        Engine e = m.engine();
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        long t1 = System.nanoTime();
        double[] daySeconds = new double[scenario.days()];
        for (int d = 0; !e.finished(); d++) {
            long s0 = System.nanoTime();
            e.stepDay();
            daySeconds[d] = (System.nanoTime() - s0) / 1e9;
        }
        long t2 = System.nanoTime();
        Population pop = e.population();
        long[] phases = e.phaseNanos();
        double[] phaseSeconds = new double[phases.length];
        for (int k = 0; k < phases.length; k++) {
            phaseSeconds[k] = phases[k] / 1e9;
        }
        m.finish();
        return new Result(
                pop.size(),
                scenario.days(),
                threads,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                phaseSeconds,
                daySeconds,
                Population.bytesPerCitizen(),
                Math.max(0, heapAfter - heapBefore) / (double) pop.size(),
                totals[0],
                totals[1]);
    }
}
