package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.UserFiles;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.SafeYamlReader;
import org.callup.scenarios.yaml.UnreadableYamlException;
import org.callup.scenarios.yaml.YamlLimits;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlWording;

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
    /** Far more than a sweep file needs; less than a scenario may have, as a sweep names its scenario. */
    static final YamlLimits LIMITS = new YamlLimits(16, 100_000, 1 << 20, 10);

    private static final SafeYamlReader READER = new SafeYamlReader(
            LIMITS,
            new YamlWording(
                    "a sweep file",
                    "the file is empty; a sweep file is a mapping with scenario, design, parameters and outputs",
                    "a mapping of sweep keys (scenario, design, parameters, outputs, ...)",
                    "write the values out"));

    private SweepFile() {}

    /** Reads and checks a sweep file; nothing is run or written. */
    public static Sweep load(Path file) throws SweepFileException, ScenarioException, IOException {
        SweepProblems problems = new SweepProblems(file.toString());
        byte[] bytes = bytes(file, problems);
        problems.throwIfAny();
        String text = text(bytes, problems);
        problems.throwIfAny();
        YamlMap root = tree(text, file, problems);
        problems.throwIfAny();
        Sweep sweep = new SweepFileReader(problems).read(root, file, bytes);
        problems.throwIfAny();
        return sweep;
    }

    private static byte[] bytes(Path file, SweepProblems problems) {
        try {
            return UserFiles.read(file, LIMITS.maxBytes(), "sweep file");
        } catch (UserFiles.Refused e) {
            problems.file(e.missing() ? "no such file" : e.getMessage());
            return null;
        }
    }

    /** The top-level mapping, or null when the file cannot be read as one (the reason is in {@code problems}). */
    private static YamlMap tree(String text, Path file, SweepProblems problems) {
        try {
            return READER.read(text, Origin.file(file), problems);
        } catch (UnreadableYamlException e) {
            problems.at(e.location(), "", e.getMessage() + flowHint(e.getMessage()));
            return null;
        }
    }

    /** Paths such as timeline[announce].date need quotes inside {...}, where YAML reads '[' as a list. */
    private static String flowHint(String message) {
        return message.startsWith("not valid YAML") && message.contains("flow") && message.contains("got [")
                ? " (inside {...}, put a path with [id] in quotes: \"timeline[announce].date\")"
                : "";
    }

    private static String text(byte[] bytes, SweepProblems problems) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.file("is not UTF-8 text");
            return null;
        }
    }
}
