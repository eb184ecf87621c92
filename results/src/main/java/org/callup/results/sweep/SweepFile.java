package org.callup.results.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.callup.scenarios.ScenarioException;

/**
 * Reads a sweep file: a base scenario, the parameters to vary and their values, a design, replications and the
 * outputs to keep of every run. Reading is as strict as for scenarios: every problem is collected (unknown keys
 * with the closest valid one, unknown parameter paths, values outside a parameter's range, a design that does not
 * fit the parameters) and reported at once with file, line, column and YAML path.
 *
 * <pre>
 * name: exodus-vs-border-policy            # optional; default: the file name
 * scenario: partial-mobilization-2022      # a library name, or a .yaml file relative to this one
 * seed: 2022                               # every run's seed is derived from it and the run's number
 * replications: 3
 * commonRandomNumbers: false               # true: replication r of every point shares one seed
 * design: {type: sobol, points: 64}        # grid | latin-hypercube (points) | sobol (points, bootstrap)
 * set: {population.scale: 500}             # given to every run
 * parameters:
 *   - {name: raid, path: recruiters.channels.raid.intensity, range: {min: 0, max: 2}}
 *   - {name: quota, path: "timeline[announce].quotaPersons", values: [150000, 300000, 600000]}
 *   - {name: closure, paths: ["timeline[close_a].date", "timeline[close_b].date"], range: {min: 2022-09-22, max: 2022-10-30}}
 *   - {name: exempt, multiply: [citizens.itShare, citizens.financeShare], distribution: {type: normal, mean: 1, sd: 0.3}}
 * outputs:
 *   - {name: emigrants, metric: emigrants, scope: all, statistic: sum, dateFrom: 2022-09-21, dateTo: 2022-11-30}
 * dailySeries: {metrics: [emigrants], scopes: [all]}   # optional: every run's daily series in daily.csv
 * </pre>
 *
 * Inside a flow mapping {@code {...}} a path with {@code [id]} must be quoted, as here: YAML reads an unquoted
 * bracket there as the start of a list.
 */
public final class SweepFile {
    private SweepFile() {
    }

    /** Reads and checks a sweep file; nothing is run or written. */
    public static Sweep load(Path file) throws SweepFileException, ScenarioException, IOException {
        SweepProblems problems = new SweepProblems(file.toString());
        byte[] bytes = bytes(file, problems);
        problems.throwIfAny();
        String text = text(bytes, problems);
        problems.throwIfAny();
        YamlNode.Mapping root = SweepYamlReader.read(text, problems);
        problems.throwIfAny();
        Sweep sweep = new SweepFileReader(problems).read(root, file, bytes);
        problems.throwIfAny();
        return sweep;
    }

    private static byte[] bytes(Path file, SweepProblems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.file(Files.isDirectory(file) ? "is a folder, not a sweep file" : "no such file");
            return null;
        }
        if (Files.size(file) > SweepYamlReader.MAX_BYTES) {
            problems.file("larger than " + (SweepYamlReader.MAX_BYTES >> 20) + " MB; a sweep file needs far less");
            return null;
        }
        return Files.readAllBytes(file);
    }

    private static String text(byte[] bytes, SweepProblems problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.file("is not UTF-8 text");
            return null;
        }
    }
}
