package org.callup.experiments.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.results.BadInputException;
import org.callup.results.Targets;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.UserFiles;
import org.callup.scenarios.yaml.Location;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.SafeYamlReader;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.UnreadableYamlException;
import org.callup.scenarios.yaml.YamlLimits;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlWording;

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
 * abc:                                       # settings of --method abc (docs/CALIBRATION.md)
 *   particles: 1000
 *   replications: 1
 *   seedPool: 8
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
    static final List<String> KEYS = List.of(
            "description",
            "scenario",
            "targets",
            "exclude",
            "replications",
            "budget",
            "populationSize",
            "initialStep",
            "optimizerSeed",
            "trustWeights",
            "scale",
            "seed",
            "endDate",
            "identifiabilityPoints",
            "series",
            "oneSidedSoftEdge",
            "groups",
            "abc",
            "parameters");
    static final List<String> PARAMETER_KEYS = List.of("min", "max", "scale", "start");
    /** Far more than a calibration file needs. */
    static final YamlLimits LIMITS = new YamlLimits(16, 20_000, 1 << 20, 10);

    private static final SafeYamlReader READER = new SafeYamlReader(
            LIMITS,
            new YamlWording(
                    "a calibration file",
                    "the file is empty; a calibration names a scenario and its free parameters",
                    "a mapping of calibration keys (scenario, parameters, budget, ...)",
                    "write the values out"));

    private final String label;
    private final Path directory;
    private final List<String> problems = new ArrayList<>();
    private final Origin origin;
    private final StrictValues yaml;

    private CalibrationFile(Origin origin, Path directory) {
        this.label = origin.label();
        this.origin = origin;
        this.directory = directory;
        this.yaml = new StrictValues(this::problem);
    }

    /**
     * Reads a calibration file; relative paths in it are taken from its folder. Returns a builder, so that options
     * given on the command line can be applied before the setup is checked as a whole.
     */
    public static CalibrationSetup.Builder read(Path file) throws BadInputException, IOException {
        byte[] bytes;
        try {
            bytes = UserFiles.read(file, MAX_BYTES, "calibration file");
        } catch (UserFiles.Refused e) {
            throw new BadInputException(file + ": " + (e.missing() ? "calibration file not found" : e.getMessage()));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return new CalibrationFile(Origin.file(file), dir).parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The shipped calibration of a library scenario, if there is one. */
    public static java.util.Optional<CalibrationSetup.Builder> shipped(String scenario)
            throws BadInputException, IOException {
        String resource = SHIPPED_DIR + scenario + ".yaml";
        try (InputStream in = CalibrationFile.class.getResourceAsStream(resource)) {
            if (in == null || !scenario.matches("[A-Za-z0-9_.-]+")) {
                return java.util.Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Optional.of(
                    new CalibrationFile(Origin.text("calibration/" + scenario + ".yaml (shipped)"), null).parse(text));
        }
    }

    /** Reads calibration text that is not in a file; it may name library scenarios and the shipped targets only. */
    public static CalibrationSetup.Builder parse(String text, String label) throws BadInputException {
        return new CalibrationFile(Origin.text(label), null).parse(text);
    }

    /** The top-level mapping, or null (with a problem) if the text is not one readable mapping. */
    private YamlMap read(String text) {
        try {
            return READER.read(text, origin, this::problem);
        } catch (UnreadableYamlException e) {
            problem(e.location(), "", e.getMessage());
            return null;
        }
    }

    /** Adds a problem as {@code file:line:column: path: message}, so that a file's problems are reported together. */
    private void problem(Location at, String path, String message) {
        String where = at.line() > 0 ? label + ":" + at.line() + ":" + at.column() : label;
        problems.add(where + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    private CalibrationSetup.Builder parse(String text) throws BadInputException {
        YamlMap root = read(text);
        if (root != null) {
            yaml.keys(root, KEYS, List.of(), "");
        }
        CalibrationSetup.Builder b = CalibrationSetup.builder("?").label(label);
        String scenario = null;
        for (YamlMap.Entry t : root == null ? List.<YamlMap.Entry>of() : root.entries()) {
            String key = t.key();
            YamlNode v = t.value();
            switch (key) {
                case "description" -> yaml.text(v, "text");
                case "scenario" -> scenario = reference(v, key, true);
                case "targets" -> b.targets(reference(v, key, false));
                case "exclude" -> b.exclude(texts(v));
                case "replications" -> whole(v, key, b::replications);
                case "budget" -> whole(v, key, b::budget);
                case "populationSize" -> whole(v, key, b::populationSize);
                case "identifiabilityPoints" -> whole(v, key, b::identifiabilityPoints);
                case "scale" -> whole(v, key, b::scale);
                case "initialStep" -> b.initialStep(number(v));
                case "optimizerSeed" -> whole(v, key, n -> b.optimizerSeed(n));
                case "seed" -> whole(v, key, n -> b.seed(n));
                case "endDate" -> b.endDate(yaml.date(v));
                case "trustWeights" -> weights(v, b);
                case "series" -> series(v, b);
                case "oneSidedSoftEdge" -> softEdge(v, b);
                case "groups" -> groups(v, b);
                case "abc" -> abc(v, b);
                case "parameters" -> parameters(v, b);
                default -> {
                    // reported by keys()
                }
            }
        }
        if (root != null && scenario == null && problems.isEmpty()) {
            problems.add(label + ": scenario: missing; name a library scenario or a scenario file");
        }
        if (!problems.isEmpty()) {
            throw BadInputException.of(problems);
        }
        return b.scenario(scenario);
    }

    private static String hint(String key, List<String> valid) {
        String h = Suggest.didYouMean(key, valid);
        return h.isEmpty() ? " (valid: " + String.join(", ", valid) + ")" : h;
    }

    private void whole(YamlNode v, String key, java.util.function.IntConsumer set) {
        Long n = yaml.whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (n != null) {
            set.accept(n.intValue());
        }
    }

    /** A number; NaN (reported) if the node is not one. */
    private double number(YamlNode v) {
        Double d = yaml.number(v, "");
        return d == null ? Double.NaN : d;
    }

    /** Items of a list of text. */
    private List<String> texts(YamlNode v) {
        YamlList list = yaml.list(v, "a list, e.g. [a, b]");
        List<String> out = new ArrayList<>();
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            String s = yaml.text(item, "text");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A scenario (library name or .yaml file) or a targets file, resolved against the calibration file's folder. */
    private String reference(YamlNode v, String key, boolean scenario) {
        String s = yaml.text(
                v, scenario ? "a library scenario name or a .yaml file" : "a targets file or " + SHIPPED_TARGETS);
        if (s == null || !scenario && s.equals(SHIPPED_TARGETS)) {
            return null;
        }
        boolean isFile = !scenario || s.endsWith(".yaml") || s.endsWith(".yml");
        if (!isFile) {
            return s;
        }
        if (directory == null) {
            yaml.at(
                    v,
                    "'" + s + "': this calibration is not a file, so it can name only library scenarios"
                            + (scenario ? "" : " and the shipped targets (" + SHIPPED_TARGETS + ")"));
            return null;
        }
        return directory.resolve(s).normalize().toString();
    }

    private void weights(YamlNode v, CalibrationSetup.Builder b) {
        YamlMap weights = yaml.mapping(v, "a mapping of trust levels to weights");
        if (weights == null) {
            return;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (YamlMap.Entry t : weights.entries()) {
            String trust = t.key();
            if (!Targets.TRUST.contains(trust)) {
                problem(t.keyLocation(), "trustWeights." + trust, "unknown trust" + hint(trust, Targets.TRUST));
                continue;
            }
            double w = number(t.value());
            if (!Double.isNaN(w) && !(w >= 0 && w <= 100)) {
                yaml.at(t.value(), "a weight is between 0 and 100, was " + Numbers.compact(w));
            } else if (!Double.isNaN(w)) {
                m.put(trust, w);
            }
        }
        b.weights(TrustWeights.withOverrides(m));
    }

    private void softEdge(YamlNode v, CalibrationSetup.Builder b) {
        double k = number(v);
        if (!Double.isNaN(k) && !(k == 0 || k >= 1 && k <= CalibrationSetup.MAX_SOFT_EDGE)) {
            yaml.at(
                    v,
                    "a multiple of the reported value from 1 to " + Numbers.compact(CalibrationSetup.MAX_SOFT_EDGE)
                            + ", or 0 for no soft edge; was " + Numbers.compact(k));
        } else if (!Double.isNaN(k)) {
            b.softEdge(k);
        }
    }

    private void series(YamlNode v, CalibrationSetup.Builder b) {
        String s = yaml.text(v, "auto or none");
        if (s != null && !s.equals("auto") && !s.equals("none")) {
            yaml.at(v, "expected auto (daily targets of one metric and scope form a series) or none, got '" + s + "'");
        }
        b.series(!"none".equals(s));
    }

    /** Target ids with the group they are put in, overriding the group of their metric. */
    private void groups(YamlNode v, CalibrationSetup.Builder b) {
        YamlMap groups = yaml.mapping(v, "a mapping of target ids to groups, e.g. {arrests_sep24: protest}");
        if (groups == null) {
            return;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (YamlMap.Entry t : groups.entries()) {
            String g = yaml.text(t.value(), "a group name");
            if (g != null && !TargetGroups.validName(g)) {
                yaml.at(
                        t.value(),
                        "'" + g + "' is not a group name (lower-case letters, digits, - and _, starting "
                                + "with a letter; the usual ones: " + String.join(", ", TargetGroups.GROUPS) + ")");
            } else if (g != null) {
                m.put(t.key(), g);
            }
        }
        b.groups(m);
    }

    /** The settings of --method abc, each checked against its range here, where its line is known. */
    private void abc(YamlNode v, CalibrationSetup.Builder b) {
        YamlMap m = yaml.mapping(v, "a mapping of ABC settings, e.g. {particles: 1000, replications: 1}");
        if (m == null) {
            return;
        }
        yaml.keys(m, AbcSection.KEYS, List.of(), "the abc section");
        Integer particles = null;
        Double quantile = null;
        Integer generations = null;
        Double minTolerance = null;
        Double minAcceptance = null;
        Integer maxEvaluations = null;
        Integer draws = null;
        Integer replications = null;
        Integer pool = null;
        for (YamlMap.Entry t : m.entries()) {
            YamlNode value = t.value();
            switch (t.key()) {
                case "particles" -> particles = wholeIn(value, 2, AbcSection.MAX_PARTICLES);
                case "toleranceQuantile" -> quantile = numberIn(value, d -> d > 0 && d < 1, "above 0 and below 1");
                case "generations" -> generations = wholeIn(value, 1, AbcSection.MAX_GENERATIONS);
                case "minTolerance" ->
                    minTolerance = numberIn(value, d -> d >= 0 && d < Double.POSITIVE_INFINITY, "0 or more");
                case "minAcceptance" -> minAcceptance = numberIn(value, d -> d > 0 && d <= 1, "above 0 and at most 1");
                case "maxEvaluations" -> maxEvaluations = wholeIn(value, 2, AbcSection.MAX_EVALUATIONS);
                case "predictiveDraws" -> draws = wholeIn(value, 0, AbcSection.MAX_PREDICTIVE_DRAWS);
                case "replications" -> replications = wholeIn(value, 1, AbcSection.MAX_REPLICATIONS);
                case "seedPool" -> pool = wholeIn(value, 1, AbcSection.MAX_SEED_POOL);
                default -> {
                    // reported by keys()
                }
            }
        }
        b.abc(new AbcSection(
                particles,
                quantile,
                generations,
                minTolerance,
                minAcceptance,
                maxEvaluations,
                draws,
                replications,
                pool));
    }

    private Integer wholeIn(YamlNode v, long min, long max) {
        Long n = yaml.whole(v, min, max);
        return n == null ? null : n.intValue();
    }

    /** A number that {@code ok} accepts; null (reported, with {@code range}) otherwise. */
    private Double numberIn(YamlNode v, java.util.function.DoublePredicate ok, String range) {
        double d = number(v);
        if (Double.isNaN(d)) {
            return null;
        }
        if (!ok.test(d)) {
            yaml.at(v, "must be " + range + ", was " + Numbers.compact(d));
            return null;
        }
        return d;
    }

    private void parameters(YamlNode v, CalibrationSetup.Builder b) {
        YamlMap parameters = yaml.mapping(v, "a mapping of parameter paths to their bounds");
        if (parameters == null) {
            return;
        }
        for (YamlMap.Entry t : parameters.entries()) {
            FreeParameter p = parameter(t.key(), t.value());
            if (p != null) {
                b.parameter(p);
            }
        }
    }

    private FreeParameter parameter(String path, YamlNode v) {
        YamlMap bounds = yaml.mapping(v, "a mapping such as {min: 0.1, max: 0.9}");
        if (bounds == null) {
            return null;
        }
        double min = Double.NaN;
        double max = Double.NaN;
        double start = Double.NaN;
        boolean log = false;
        int before = problems.size();
        yaml.keys(bounds, PARAMETER_KEYS, List.of(), "");
        for (YamlMap.Entry t : bounds.entries()) {
            String key = t.key();
            YamlNode value = t.value();
            switch (key) {
                case "min" -> min = number(value);
                case "max" -> max = number(value);
                case "start" -> start = number(value);
                case "scale" -> {
                    String s = yaml.text(value, "linear or log");
                    if (s != null && !s.equals("linear") && !s.equals("log")) {
                        yaml.at(value, "expected linear or log, got '" + s + "'");
                    }
                    log = "log".equals(s);
                }
                default -> {
                    // reported by keys()
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (Double.isNaN(min) || Double.isNaN(max)) {
            yaml.at(v, "give both bounds, e.g. {min: 0.1, max: 0.9}");
            return null;
        }
        try {
            return new FreeParameter(path, min, max, log, false, start);
        } catch (IllegalArgumentException e) {
            yaml.at(v, e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(path) + ": ", ""));
            return null;
        }
    }
}
