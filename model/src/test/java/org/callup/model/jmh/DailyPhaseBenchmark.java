package org.callup.model.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.callup.model.MobilizationModel;
import org.callup.model.TestScenarios;
import org.callup.model.bench.StreamingFloor;
import org.callup.model.citizens.PopulationBuilder;
import org.callup.model.params.Scenario;
import org.callup.model.sim.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of one simulated day at 2.5 million citizens (scale 10): a quiet day (no call-up), a day at the
 * height of a call-up (the first week after the announcement), the streaming floor over the same arrays, and the
 * build of the population. Run with (from the repository root):
 * <pre>
 *   mvn -q -pl model test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *       -Dexec.args="-Xmx4g -cp %classpath org.openjdk.jmh.Main DailyPhaseBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class DailyPhaseBenchmark {
    @Param({"1", "2"})
    int threads;

    @Param({"10"})
    int scale;

    private MobilizationModel quiet;
    private MobilizationModel busy;
    private ExecutorService pool;

    /** A long run with no events: every day is an ordinary one. */
    static Scenario quietScenario(int scale) {
        return TestScenarios.base(scale, LocalDate.of(2030, 1, 1), List.of());
    }

    /** The call-up scenario, long enough never to finish during a measurement. */
    static Scenario busyScenario(int scale) {
        Scenario s = TestScenarios.mobilization(scale, LocalDate.of(2030, 1, 1));
        return s;
    }

    @Setup(Level.Trial)
    public void trial() {
        quiet = new MobilizationModel(quietScenario(scale), threads);
        quiet.start();
        pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    }

    /** Each iteration starts a fresh call-up and steps to the day of the announcement. */
    @Setup(Level.Iteration)
    public void iteration() {
        if (busy != null) {
            busy.finish();
        }
        busy = new MobilizationModel(busyScenario(scale), threads);
        busy.start();
        Engine e = busy.engine();
        while (e.daysDone() < 7) {
            e.stepDay();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        quiet.finish();
        busy.finish();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Benchmark
    public int quietDay() {
        quiet.engine().stepDay();
        return quiet.engine().daysDone();
    }

    /** A day of the call-up; an iteration of 2 s covers its first days, the busiest of the run. */
    @Benchmark
    public int busyDay() {
        busy.engine().stepDay();
        return busy.engine().daysDone();
    }

    @Benchmark
    public double floorPass() {
        return StreamingFloor.run(quiet.engine().population(), 1, pool, threads);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgs = {"-Xmx4g"})
    public int buildPopulation() {
        return new PopulationBuilder(quietScenario(scale)).build(pool, threads).size();
    }
}
