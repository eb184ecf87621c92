package org.callup.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioBounds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options that change a scenario for one invocation: seed, scale and end date. Shared by the verbs that run. */
final class ScenarioOverrides {
    @Option(
            names = "--seed",
            paramLabel = "N",
            converter = NumberOptions.Seed.class,
            description = "Seed of the run (a whole number, 0 or more); default: the scenario's. Same seed, same "
                    + "numbers.")
    Long seed;

    @Option(
            names = "--scale",
            paramLabel = "N",
            converter = NumberOptions.Scale.class,
            description = "Real men per simulated citizen (1 to " + NumberOptions.MAX_SCALE + "); default: the "
                    + "scenario's. Smaller is slower and takes more memory.")
    Integer scale;

    @Option(
            names = "--end",
            paramLabel = "YYYY-MM-DD",
            converter = IsoDateConverter.class,
            description = "Last day to simulate (inclusive), before or after the scenario's end date; default: the "
                    + "scenario's.")
    LocalDate end;

    /** The scenario with the options applied; an option out of range is bad input naming the option. */
    Scenario apply(Scenario s, CommandSpec spec) {
        Scenario out = s;
        if (seed != null) {
            if (seed < 0) {
                throw new ParameterException(spec.commandLine(), "--seed must be 0 or more, was " + seed);
            }
            out = ParamPaths.set(out, "seed", seed);
        }
        if (scale != null) {
            try {
                out = ParamPaths.set(out, "population.scale", scale);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
            }
        }
        if (end != null) {
            if (end.isBefore(out.startDate())) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--end " + end + " is before the start of scenario '" + s.name() + "' (" + out.startDate()
                                + ")");
            }
            String problem = ScenarioBounds.dateProblem(end);
            problem = problem != null ? problem : ScenarioBounds.spanProblem(out.startDate(), end);
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), "--end: " + problem);
            }
            out = ParamPaths.set(out, "endDate", end);
        }
        return out;
    }

    /** The options given, by name, for the manifest. */
    Map<String, String> given() {
        Map<String, String> m = new LinkedHashMap<>();
        if (seed != null) {
            m.put("seed", seed.toString());
        }
        if (scale != null) {
            m.put("scale", scale.toString());
        }
        if (end != null) {
            m.put("endDate", end.toString());
        }
        return m;
    }
}
