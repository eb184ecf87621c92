package org.callup.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.experiments.compare.PosteriorDraws;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
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
            paramLabel = "DIR",
            description = "The folder of a finished 'callup calibrate --method abc': run parameter sets drawn from its "
                    + "posterior.csv, one run each with its own seed; daily-mean.csv then spans parameter "
                    + "uncertainty and noise. The manifest records the posterior's SHA-256 and the draws.")
    Path folder;

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
            m.put("posterior", RunCommand.shown(drawn.folder()) + " (posterior.csv sha256 " + drawn.sha256() + ")");
            m.put(
                    "draws",
                    scenarios.size() + " parameter sets drawn by weight, seeded by the run's seed; one run "
                            + "each with its own seed (replicationSeeds); the particles are in " + DRAWS_FILE);
            m.put(
                    "intervals",
                    "across posterior draws: daily-mean.csv's sd and interval hold parameter uncertainty "
                            + "and run-to-run noise");
            return m;
        }

        void write(Path runFolder) throws IOException {
            drawn.write(runFolder.resolve(DRAWS_FILE));
        }
    }

    /** The draws, or null without --posterior. */
    Draws draws(Scenario effective, int replications) throws BadInputException, IOException {
        if (folder == null) {
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
        PosteriorDraws d = PosteriorDraws.draw(folder, n, effective.seed());
        return new Draws(d, d.applyTo(effective));
    }
}
