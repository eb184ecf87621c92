package org.callup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.callup.experiments.calibration.abc.Posterior;
import org.callup.experiments.calibration.abc.ShippedPosterior;
import org.callup.experiments.compare.PosteriorDraws;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import picocli.CommandLine.Option;

/**
 * {@code callup run --posterior DIR --draws N}: runs N parameter sets drawn from the posterior of an ABC calibration
 * (by weight, seeded by the run's seed), each once with a seed of its own, so that the run's intervals hold the
 * parameters' uncertainty as well as the noise.
 */
final class PosteriorOption {
    static final String DRAWS_FILE = PosteriorDraws.FILE;
    static final int DEFAULT_DRAWS = 100;
    static final int MAX_DRAWS = 10_000;

    @Option(
            names = "--posterior",
            paramLabel = "DIR|default|NAME",
            description = "Run parameter sets drawn from a posterior, one run each with its own seed; daily-mean.csv "
                    + "then spans parameter uncertainty and noise, and the charts' bands are predictive intervals. "
                    + "DIR: the folder of a finished 'callup calibrate --method abc'; default: the posterior shipped "
                    + "with the scenario library for the scenario run (else the default scenario's); NAME: the one "
                    + "shipped for library scenario NAME. The manifest records the posterior's SHA-256 and the "
                    + "draws.")
    String given;

    @Option(
            names = "--draws",
            paramLabel = "N",
            converter = DrawCount.class,
            description = "With --posterior: parameter sets drawn (2 to " + MAX_DRAWS + "; default 100).")
    Integer draws;

    static final class DrawCount extends NumberOptions.IntIn {
        DrawCount() {
            super(2, MAX_DRAWS);
        }
    }

    /** The draws to run, with what the manifest records of them. */
    record Draws(PosteriorDraws drawn, List<Scenario> scenarios) {
        Map<String, String> manifestEntries() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("posterior", drawn.source() + " (posterior.csv sha256 " + drawn.sha256() + ")");
            m.put(
                    "draws",
                    scenarios.size() + " parameter sets drawn by weight, seeded by the run's seed; one run "
                            + "each with its own seed (replicationSeeds); the particles are in " + DRAWS_FILE);
            m.put(
                    "intervals",
                    "across posterior draws: daily-mean.csv's sd holds parameter uncertainty and run-to-run "
                            + "noise, and ci_low/ci_high are the confidence interval of the mean over the draws; "
                            + "the charts shade the predictive interval of one more draw, mean +- t sd sqrt(1 + 1/n)");
            return m;
        }

        void write(Path runFolder) throws IOException {
            drawn.write(runFolder.resolve(DRAWS_FILE));
        }
    }

    /**
     * The draws, or null without --posterior.
     *
     * @param warn hears a warning, e.g. that a shipped posterior was made before its scenario last changed
     */
    Draws draws(ResolvedScenario loaded, Scenario effective, int replications, Consumer<String> warn)
            throws BadInputException, IOException, org.callup.scenarios.ScenarioException {
        if (given == null) {
            if (draws != null) {
                throw new BadInputException("--draws needs --posterior DIR");
            }
            return null;
        }
        if (replications > 1) {
            throw new BadInputException("--posterior runs one replication per draw: give --draws, not --replications");
        }
        int n = draws == null ? DEFAULT_DRAWS : draws;
        if (n < 2 || n > MAX_DRAWS) {
            throw new BadInputException("--draws must be between 2 and " + MAX_DRAWS + ", was " + n);
        }
        PosteriorDraws d = resolve(given, loaded.name(), n, effective.seed(), warn);
        return new Draws(d, d.applyTo(effective));
    }

    /**
     * The draws of the posterior {@code given} names: a calibration folder, {@code default} (the posterior shipped
     * for {@code scenario}, else for the default scenario) or a library scenario's name; {@code warn} hears that a
     * shipped posterior was made before its scenario last changed.
     */
    static PosteriorDraws resolve(String given, String scenario, int n, long seed, Consumer<String> warn)
            throws BadInputException, IOException, org.callup.scenarios.ScenarioException {
        Path folder = Path.of(given);
        if (Files.isDirectory(folder)) {
            Posterior p = Posterior.read(folder); // first: it says what is wrong with a folder that holds no posterior
            return PosteriorDraws.of(
                    RunCommand.shown(folder), Posterior.sha256(folder.resolve(Posterior.FILE)), p, n, seed);
        }
        ShippedPosterior shipped = ShippedPosterior.resolve(given, scenario, ScenarioLibrary.DEFAULT)
                .orElseThrow(() -> new BadInputException(noPosterior(given, scenario)));
        String now = ScenarioLibrary.shipped().load(shipped.scenario()).sha256();
        if (shipped.scenarioSha256() != null && !shipped.scenarioSha256().equals(now)) {
            warn.accept("the shipped posterior of " + shipped.scenario() + " was calibrated on an earlier version "
                    + "of that scenario" + (shipped.commit() == null ? "" : " (callup " + shipped.commit() + ")")
                    + "; regenerate it as docs/CALIBRATION.md says");
        }
        return PosteriorDraws.of(
                "shipped posterior of " + shipped.scenario(), shipped.sha256(), shipped.posterior(), n, seed);
    }

    private static String noPosterior(String given, String scenario) {
        if (given.equals(ShippedPosterior.DEFAULT)) {
            return "--posterior default: no posterior is shipped for " + scenario
                    + (scenario.equals(ScenarioLibrary.DEFAULT) ? "" : " or " + ScenarioLibrary.DEFAULT)
                    + " yet; make one with 'callup calibrate --method abc' (docs/CALIBRATION.md) and give its folder";
        }
        return "--posterior " + given + ": no such folder, and no posterior is shipped for a scenario of that name; "
                + "give the folder of a finished 'callup calibrate --method abc', or default";
    }
}
