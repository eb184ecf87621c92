package org.callup.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.experiments.calibration.abc.Posterior;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.ReplicationSeeds;
import picocli.CommandLine.Option;

/**
 * {@code callup run --posterior DIR --draws N}: runs N parameter sets drawn from the posterior of an ABC calibration
 * (by weight, seeded by the run's seed), each once with a seed of its own, so that the run's intervals hold the
 * parameters' uncertainty as well as the noise.
 */
final class PosteriorOption {
    static final String DRAWS_FILE = "posterior-draws.csv";
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
    record Draws(Path folder, String sha256, Posterior posterior, int[] particles, List<Scenario> scenarios) {
        Map<String, String> manifestEntries() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("posterior", RunCommand.shown(folder) + " (posterior.csv sha256 " + sha256 + ")");
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
            try (CsvWriter csv = CsvValues.writer(runFolder.resolve(DRAWS_FILE))) {
                List<String> header = new ArrayList<>(List.of("draw", "particle", "seed"));
                posterior.paths().forEach(p -> header.add(CsvValues.text(p)));
                csv.writeRecord(header);
                for (int k = 0; k < particles.length; k++) {
                    List<String> row = new ArrayList<>();
                    row.add(Integer.toString(k + 1));
                    row.add(Integer.toString(particles[k] + 1));
                    row.add(Long.toString(scenarios.get(k).seed()));
                    for (double v : posterior.values().get(particles[k])) {
                        row.add(CsvValues.format(v));
                    }
                    csv.writeRecord(row);
                }
            }
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
        int n = draws == null ? 100 : draws;
        if (n < 2 || n > MAX_DRAWS) {
            throw new BadInputException("--draws must be between 2 and " + MAX_DRAWS + ", was " + n);
        }
        Posterior p = Posterior.read(folder);
        int[] picks = p.draw(n, effective.seed());
        List<Long> seeds = ReplicationSeeds.of(effective.seed(), n);
        List<Scenario> scenarios = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            try {
                scenarios.add(ParamPaths.set(p.apply(effective, picks[k]), "seed", seeds.get(k)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(folder.resolve(Posterior.FILE) + ": particle " + (picks[k] + 1)
                        + " does not apply to scenario '" + effective.name() + "': " + e.getMessage());
            }
        }
        return new Draws(folder, Posterior.sha256(folder.resolve(Posterior.FILE)), p, picks, scenarios);
    }
}
