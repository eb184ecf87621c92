package org.callup.experiments.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.results.BadInputException;
import org.callup.results.Targets;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads a calibration file: which scenario to fit to which targets, the free parameters with their bounds, and
 * the settings of the runs and the search. Every mistake in the file is reported at once, each with its line and
 * key, and a misspelt key with the closest valid one. The shipped files are in {@code /calibration/} on the class
 * path, named after the scenario they calibrate.
 *
 * <pre>
 * scenario: partial-mobilization-2022        # a library scenario, or a .yaml file relative to this one
 * targets: shipped                           # or a targets CSV relative to this file
 * replications: 4
 * budget: 400
 * parameters:
 *   decisions.ascFlee: {min: -8, max: 0}
 *   decisions.considerRatePerDay: {min: 0.002, max: 0.05, scale: log}
 * </pre>
 */
public final class CalibrationFile {
    /** Where the shipped calibration files are on the class path. */
    public static final String SHIPPED_DIR = "/calibration/";
    public static final String SHIPPED_TARGETS = "shipped";
    private static final long MAX_BYTES = 1_000_000;
    static final List<String> KEYS = List.of("description", "scenario", "targets", "exclude", "replications", "budget",
            "populationSize", "initialStep", "optimizerSeed", "trustWeights", "scale", "seed", "endDate",
            "identifiabilityPoints", "parameters");
    static final List<String> PARAMETER_KEYS = List.of("min", "max", "scale", "start");

    private final String label;
    private final Path directory;
    private final List<String> problems = new ArrayList<>();
    private final StrictYaml yaml;

    private CalibrationFile(Origin origin, Path directory) {
        this.label = origin.label();
        this.directory = directory;
        this.yaml = new StrictYaml(origin, problems);
    }

    /**
     * Reads a calibration file; relative paths in it are taken from its folder. Returns a builder, so that options
     * given on the command line can be applied before the setup is checked as a whole.
     */
    public static CalibrationSetup.Builder read(Path file) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": calibration file not found");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new BadInputException(file + ": a calibration file is at most " + MAX_BYTES + " bytes");
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return new CalibrationFile(Origin.file(file), dir).parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The shipped calibration of a library scenario, if there is one. */
    public static java.util.Optional<CalibrationSetup.Builder> shipped(String scenario) throws BadInputException, IOException {
        String resource = SHIPPED_DIR + scenario + ".yaml";
        try (InputStream in = CalibrationFile.class.getResourceAsStream(resource)) {
            if (in == null || !scenario.matches("[A-Za-z0-9_.-]+")) {
                return java.util.Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Optional.of(new CalibrationFile(Origin.text("calibration/" + scenario + ".yaml (shipped)"),
                    null).parse(text));
        }
    }

    /** Reads calibration text that is not in a file; it may name library scenarios and the shipped targets only. */
    public static CalibrationSetup.Builder parse(String text, String label) throws BadInputException {
        return new CalibrationFile(Origin.text(label), null).parse(text);
    }

    private CalibrationSetup.Builder parse(String text) throws BadInputException {
        YamlMap root = yaml.read(text);
        CalibrationSetup.Builder b = CalibrationSetup.builder("?").label(label);
        String scenario = null;
        for (YamlMap.Entry t : root == null ? List.<YamlMap.Entry>of() : root.entries()) {
            String key = t.key();
            YamlNode v = t.value();
            switch (key) {
                case "description" -> yaml.text(v, key);
                case "scenario" -> scenario = reference(v, key, true);
                case "targets" -> b.targets(reference(v, key, false));
                case "exclude" -> b.exclude(yaml.texts(v, key));
                case "replications" -> whole(v, key, b::replications);
                case "budget" -> whole(v, key, b::budget);
                case "populationSize" -> whole(v, key, b::populationSize);
                case "identifiabilityPoints" -> whole(v, key, b::identifiabilityPoints);
                case "scale" -> whole(v, key, b::scale);
                case "initialStep" -> b.initialStep(yaml.number(v, key));
                case "optimizerSeed" -> whole(v, key, n -> b.optimizerSeed(n));
                case "seed" -> whole(v, key, n -> b.seed(n));
                case "endDate" -> b.endDate(yaml.date(v, key));
                case "trustWeights" -> weights(v, b);
                case "parameters" -> parameters(v, b);
                default -> yaml.problem(t.keyLocation(), key, "unknown key" + hint(key, KEYS));
            }
        }
        if (root != null && scenario == null && problems.isEmpty()) {
            problems.add(label + ": scenario: missing; name a library scenario or a scenario file");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(CalibrationProblem.format(problems));
        }
        return b.scenario(scenario);
    }

    private static String hint(String key, List<String> valid) {
        String h = Suggest.didYouMean(key, valid);
        return h.isEmpty() ? " (valid: " + String.join(", ", valid) + ")" : h;
    }

    private void whole(YamlNode v, String key, java.util.function.IntConsumer set) {
        Long n = yaml.whole(v, key);
        if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            yaml.problem(v, key, "too large: " + n);
        } else if (n != null) {
            set.accept(n.intValue());
        }
    }

    /** A scenario (library name or .yaml file) or a targets file, resolved against the calibration file's folder. */
    private String reference(YamlNode v, String key, boolean scenario) {
        String s = yaml.text(v, key);
        if (s == null || !scenario && s.equals(SHIPPED_TARGETS)) {
            return null;
        }
        boolean isFile = !scenario || s.endsWith(".yaml") || s.endsWith(".yml");
        if (!isFile) {
            return s;
        }
        if (directory == null) {
            yaml.problem(v, key, "'" + s + "': this calibration is not a file, so it can name only library scenarios"
                    + (scenario ? "" : " and the shipped targets (" + SHIPPED_TARGETS + ")"));
            return null;
        }
        return directory.resolve(s).normalize().toString();
    }

    private void weights(YamlNode v, CalibrationSetup.Builder b) {
        List<YamlMap.Entry> entries = yaml.mapping(v, "trustWeights");
        if (entries == null) {
            return;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (YamlMap.Entry t : entries) {
            String trust = t.key();
            String path = "trustWeights." + trust;
            if (!Targets.TRUST.contains(trust)) {
                yaml.problem(t.keyLocation(), path, "unknown trust" + hint(trust, Targets.TRUST));
                continue;
            }
            double w = yaml.number(t.value(), path);
            if (!Double.isNaN(w) && !(w >= 0 && w <= 100)) {
                yaml.problem(t.value(), path, "a weight is between 0 and 100, was " + Numbers.compact(w));
            } else if (!Double.isNaN(w)) {
                m.put(trust, w);
            }
        }
        b.weights(TrustWeights.withOverrides(m));
    }

    private void parameters(YamlNode v, CalibrationSetup.Builder b) {
        List<YamlMap.Entry> entries = yaml.mapping(v, "parameters");
        if (entries == null) {
            return;
        }
        for (YamlMap.Entry t : entries) {
            FreeParameter p = parameter(t.key(), t.value());
            if (p != null) {
                b.parameter(p);
            }
        }
    }

    private FreeParameter parameter(String path, YamlNode v) {
        String where = "parameters." + path;
        List<YamlMap.Entry> entries = yaml.mapping(v, where);
        if (entries == null) {
            return null;
        }
        double min = Double.NaN;
        double max = Double.NaN;
        double start = Double.NaN;
        boolean log = false;
        int before = problems.size();
        for (YamlMap.Entry t : entries) {
            String key = t.key();
            YamlNode value = t.value();
            switch (key) {
                case "min" -> min = yaml.number(value, where + ".min");
                case "max" -> max = yaml.number(value, where + ".max");
                case "start" -> start = yaml.number(value, where + ".start");
                case "scale" -> {
                    String s = yaml.text(value, where + ".scale");
                    if (s != null && !s.equals("linear") && !s.equals("log")) {
                        yaml.problem(value, where + ".scale", "expected linear or log, got '" + s + "'");
                    }
                    log = "log".equals(s);
                }
                default -> yaml.problem(t.keyLocation(), where + "." + key, "unknown key" + hint(key, PARAMETER_KEYS));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (Double.isNaN(min) || Double.isNaN(max)) {
            yaml.problem(v, where, "give both bounds, e.g. {min: 0.1, max: 0.9}");
            return null;
        }
        try {
            return new FreeParameter(path, min, max, log, false, start);
        } catch (IllegalArgumentException e) {
            yaml.problem(v, where, e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(path) + ": ", ""));
            return null;
        }
    }
}
