package org.callup.experiments.compare;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.callup.experiments.calibration.abc.Posterior;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.ReplicationSeeds;

/**
 * Parameter sets drawn from the posterior of an ABC calibration ({@code posterior.csv}), each with a seed of its
 * own: draw k is particle {@code particles[k]} (drawn by weight from a generator seeded with the run's seed) run on
 * seed {@code seeds[k]} ({@link ReplicationSeeds}). A run takes one replication per draw, so that its intervals hold
 * the parameters' uncertainty as well as the noise; a comparison gives the baseline and every alternative the same
 * draw k and the same seed k, so that draw k of two scenarios is a pair.
 *
 * @param source    where the posterior was read from, as a message names it (a calibration folder, or the
 *                  posterior shipped with a scenario)
 * @param sha256    SHA-256 of its {@value Posterior#FILE}, so that a result names the posterior it drew from
 * @param posterior the posterior
 * @param particles per draw, the particle drawn (from 0)
 * @param seeds     per draw, its seed
 */
public record PosteriorDraws(String source, String sha256, Posterior posterior, int[] particles, List<Long> seeds) {
    /** The draws of a run or comparison folder, one line per draw with the particle's values. */
    public static final String FILE = "posterior-draws.csv";

    public PosteriorDraws {
        particles = particles.clone();
        seeds = List.copyOf(seeds);
        if (particles.length != seeds.size() || particles.length == 0) {
            throw new IllegalArgumentException("one seed per draw, and at least one draw");
        }
    }

    /** Reads the posterior of {@code folder} and draws {@code n} particles and seeds, both from {@code seed}. */
    public static PosteriorDraws draw(Path folder, int n, long seed) throws BadInputException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(
                    folder + ": no such folder; give the folder of a finished " + "'callup calibrate --method abc'");
        }
        Posterior p = Posterior.read(folder);
        return of(folder.toString(), Posterior.sha256(folder.resolve(Posterior.FILE)), p, n, seed);
    }

    /** Draws {@code n} particles of a posterior already read, and their seeds, both from {@code seed}. */
    public static PosteriorDraws of(String source, String sha256, Posterior p, int n, long seed) {
        return new PosteriorDraws(source, sha256, p, p.draw(n, seed), ReplicationSeeds.of(seed, n));
    }

    public int size() {
        return particles.length;
    }

    /** Draw k of {@code s}: its drawn particle's values set, and its seed. */
    public List<Scenario> applyTo(Scenario s) throws BadInputException {
        return applyTo(s, s);
    }

    /**
     * Draw k of {@code s}, whose baseline is {@code baseline}: the particle's values set, except those {@code s} sets
     * apart from the baseline ({@link #keptBy}), which stay as the scenario sets them: an alternative that changes a
     * calibrated parameter asks what that value does, and a draw must not undo it.
     */
    public List<Scenario> applyTo(Scenario s, Scenario baseline) throws BadInputException {
        List<String> kept = keptBy(s, baseline);
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            try {
                Scenario d = posterior.apply(s, particles[k]);
                for (String path : kept) {
                    d = ParamPaths.set(d, path, ParamPaths.get(s, path));
                }
                out.add(ParamPaths.set(d, "seed", seeds.get(k)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source + ": particle " + (particles[k] + 1)
                        + " does not apply to scenario '" + s.name() + "': " + e.getMessage());
            }
        }
        return out;
    }

    /** The drawn parameters that {@code s} sets to another value than {@code baseline} does. */
    public List<String> keptBy(Scenario s, Scenario baseline) throws BadInputException {
        List<String> out = new ArrayList<>();
        for (String path : posterior.paths()) {
            try {
                if (!Objects.equals(ParamPaths.get(s, path), ParamPaths.get(baseline, path))) {
                    out.add(path);
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source + ": its parameter '" + path + "' does not apply to scenario '"
                        + s.name() + "': " + e.getMessage());
            }
        }
        return out;
    }

    /** Writes {@value #FILE}: draw, particle (from 1), seed and the particle's values. */
    public void write(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            List<String> header = new ArrayList<>(List.of("draw", "particle", "seed"));
            posterior.paths().forEach(p -> header.add(CsvValues.text(p)));
            csv.writeRecord(header);
            for (int k = 0; k < particles.length; k++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(k + 1));
                row.add(Integer.toString(particles[k] + 1));
                row.add(Long.toString(seeds.get(k)));
                for (double v : posterior.values().get(particles[k])) {
                    row.add(CsvValues.format(v));
                }
                csv.writeRecord(row);
            }
        }
    }
}
