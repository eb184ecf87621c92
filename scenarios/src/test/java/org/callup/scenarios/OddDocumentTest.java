package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.params.Param;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/ODD.md true to the code: every parameter of every record has a row in the parameter table with the
 * range its {@code @Param} documents and the default of the default scenario (partial-mobilization-2022.yaml);
 * every border post of that scenario has its values in the table of posts; every event of its timeline, every
 * event type, metric, state and channel is named. A failure says which row to add or correct. The default
 * scenario is read with the loader's own YAML reader, as the file gives it, and must load cleanly.
 */
class OddDocumentTest {
    static final Path ODD = Path.of("..", "docs", "ODD.md");
    static final String DEFAULT_NAME = "partial-mobilization-2022";
    static final Path DEFAULT_SCENARIO = Path.of(DEFAULT_NAME + ".yaml");
    private static final String PARAMETER_HEADER = "| Parameter |";
    private static final String POST_HEADER = "| Post |";

    private static String odd;
    private static Map<String, Object> yaml;

    @BeforeAll
    static void read() throws IOException, ScenarioException {
        assertTrue(Files.exists(ODD), "run from the scenarios module; missing " + ODD.toAbsolutePath());
        odd = Files.readString(ODD);
        ScenarioLibrary.shipped().load(DEFAULT_NAME);
        Problems problems = new Problems();
        yaml = plain(Source.library(DEFAULT_NAME).tree(problems));
        problems.throwIfAny();
    }

    /** The values of a YAML tree as the file writes them: mappings, lists, and scalars as their text. */
    @SuppressWarnings("unchecked")
    static <T> T plain(YamlNode node) {
        if (node instanceof YamlMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach(e -> out.put(e.key(), plain(e.value())));
            return (T) out;
        }
        if (node instanceof YamlList l) {
            return (T) l.items().stream().map(OddDocumentTest::plain).toList();
        }
        YamlScalar s = (YamlScalar) node;
        return (T) (s.kind() == YamlScalar.Kind.NULL ? "" : s.text());
    }

    /** One parameter of the model: its path, type and documentation. */
    record Parameter(String path, Class<?> type, Param param) {}

    /**
     * Every component of the parameter records, depth first in declaration order: groups are entered, lists of
     * records become {@code path[]}, and every other component (scalars, dates, lists of ids, the timeline) is a
     * parameter.
     */
    static List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        collect(Scenario.class, "", out);
        return out;
    }

    private static void collect(Class<?> type, String prefix, List<Parameter> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String path = prefix + rc.getName();
            Class<?> t = rc.getType();
            Class<?> item = List.class.isAssignableFrom(t) ? itemType(rc) : null;
            if (t.isRecord()) {
                collect(t, path + ".", out);
            } else if (item != null && item.isRecord()) {
                collect(item, path + "[].", out);
            } else {
                out.add(new Parameter(path, t, rc.getAnnotation(Param.class)));
            }
        }
    }

    private static Class<?> itemType(RecordComponent rc) {
        if (rc.getGenericType() instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    /** The documented range of a parameter as the table writes it: [min, max], >= min, <= max, or a dash. */
    static String range(Param p) {
        if (p == null) {
            return "—";
        }
        boolean lo = Double.isFinite(p.min());
        boolean hi = Double.isFinite(p.max());
        if (lo && hi) {
            return "[" + number(p.min()) + ", " + number(p.max()) + "]";
        }
        return lo ? "≥ " + number(p.min()) : hi ? "≤ " + number(p.max()) : "—";
    }

    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** The default scenario's value at a dotted path, as text; null where the file does not give it. */
    static String defaultValue(String path) {
        Object cur = yaml;
        for (String step : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m) || !m.containsKey(step)) {
                return null;
            }
            cur = m.get(step);
        }
        return cur instanceof List<?> l ? l.toString() : String.valueOf(cur);
    }

    /** Rows of the markdown table whose header line starts with {@code header}: first cell (unquoted) to cells. */
    static Map<String, List<String>> table(String header) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : odd.split("\n")) {
            if (line.startsWith(header)) {
                in = true;
                continue;
            }
            if (in && !line.startsWith("|")) {
                in = false;
            }
            if (in && !line.startsWith("|---") && !line.startsWith("| ---")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                    cells.add(c.trim());
                }
                rows.put(cells.get(0).replace("`", ""), cells);
            }
        }
        return rows;
    }

    static boolean sameValue(String documented, String actual) {
        String d = documented.replace("`", "").trim();
        try {
            return Double.parseDouble(d) == Double.parseDouble(actual.trim());
        } catch (NumberFormatException e) {
            return d.equals(actual.trim());
        }
    }

    @Test
    void everyParameterHasARowWithItsRangeAndDefault() {
        Map<String, List<String>> rows = table(PARAMETER_HEADER);
        assertTrue(
                rows.size() > 100, "parameter table not found: a table whose header starts with " + PARAMETER_HEADER);
        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Parameter p : parameters()) {
            known.add(p.path());
            List<String> row = rows.get(p.path());
            if (row == null) {
                problems.add(
                        "missing row: | `" + p.path() + "` | " + defaultValue(p.path()) + " | ? | " + range(p.param())
                                + " | " + (p.param() == null ? "" : p.param().doc()) + " | "
                                + (p.param() == null ? "" : p.param().source()) + " |");
                continue;
            }
            if (row.size() < 6) {
                problems.add(p.path() + ": expected six cells (parameter, default, unit, range, meaning, source)");
                continue;
            }
            if (!row.get(3).equals(range(p.param()))) {
                problems.add(
                        p.path() + ": range is " + range(p.param()) + " in the code, '" + row.get(3) + "' in ODD.md");
            }
            // list items are documented per region and per post, the description and the timeline in their sections
            boolean elsewhere = p.path().contains("[]")
                    || p.path().equals("description")
                    || p.path().equals("timeline");
            String value = elsewhere ? null : defaultValue(p.path());
            if (value != null && !sameValue(row.get(1), value)) {
                problems.add(p.path() + ": default is " + value + " in " + DEFAULT_SCENARIO.getFileName() + ", '"
                        + row.get(1) + "' in ODD.md");
            }
        }
        for (String documented : rows.keySet()) {
            if (!known.contains(documented)) {
                problems.add("row for a parameter the model does not have: " + documented);
            }
        }
        assertEquals(List.of(), problems, "docs/ODD.md, parameter table");
    }

    @Test
    void everyPostOfTheDefaultScenarioHasItsValues() {
        Map<String, List<String>> rows = table(POST_HEADER);
        Map<?, ?> borders = (Map<?, ?>) yaml.get("borders");
        List<String> problems = new ArrayList<>();
        List<?> posts = (List<?>) borders.get("posts");
        for (Object o : posts) {
            Map<?, ?> post = (Map<?, ?>) o;
            String id = String.valueOf(post.get("id"));
            List<String> row = rows.get(id);
            if (row == null) {
                problems.add("missing row for post " + id);
                continue;
            }
            String[] columns = {"capacityPersonsPerDay", "baselineTravellersPerDay", "priceRub", "open"};
            for (int k = 0; k < columns.length; k++) {
                String v = String.valueOf(post.get(columns[k]));
                if (row.size() <= k + 3 || !sameValue(row.get(k + 3).replace(",", ""), v)) {
                    problems.add(id + "." + columns[k] + " is " + v + " in the scenario, '"
                            + (row.size() > k + 3 ? row.get(k + 3) : "") + "' in ODD.md");
                }
            }
            Map<?, ?> rules = (Map<?, ?>) post.get("rules");
            String flags = ruleFlags(rules);
            if (row.size() <= 7 || !row.get(7).equals(flags)) {
                problems.add(id + ": rules are '" + flags + "' in the scenario, '" + (row.size() > 7 ? row.get(7) : "")
                        + "' in ODD.md");
            }
        }
        assertEquals(posts.size(), rows.size(), "one row per post of the default scenario");
        assertEquals(List.of(), problems, "docs/ODD.md, table of posts");
    }

    /**
     * The rules in force as the table of posts abbreviates them: V (tourist visas refused), R (a visa required),
     * T (men with a summons turned back), S (summons in the queue), F (pedestrians admitted), C (cars of
     * non-residents barred).
     */
    static String ruleFlags(Map<?, ?> rules) {
        StringBuilder sb = new StringBuilder();
        String[] keys = {
            "touristVisaRefused",
            "visaRequired",
            "turnBackSummoned",
            "summonsInQueue",
            "footAllowed",
            "nonResidentCarsBarred"
        };
        String[] letters = {"V", "R", "T", "S", "F", "C"};
        for (int k = 0; k < keys.length; k++) {
            if ("true".equals(String.valueOf(rules.get(keys[k])))) {
                sb.append(sb.length() == 0 ? "" : " ").append(letters[k]);
            }
        }
        return sb.length() == 0 ? "—" : sb.toString();
    }

    @Test
    void everyEventOfTheDefaultTimelineIsListed() {
        List<String> missing = new ArrayList<>();
        for (Object o : (List<?>) yaml.get("timeline")) {
            String id = String.valueOf(((Map<?, ?>) o).get("id"));
            if (!odd.contains("`" + id + "`")) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "events of the default timeline not named in docs/ODD.md");
    }

    @Test
    void everyEventTypeMetricStateAndChannelIsNamed() {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : PolicyEvent.class.getPermittedSubclasses()) {
            String type = Character.toLowerCase(c.getSimpleName().charAt(0))
                    + c.getSimpleName().substring(1);
            if (!odd.contains("`" + type + "`")) {
                missing.add("event type " + type);
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!odd.contains("`" + type + "." + rc.getName() + "`")
                        && !Set.of("date", "when", "note").contains(rc.getName())) {
                    missing.add("field " + type + "." + rc.getName());
                }
            }
        }
        for (Metric m : Metric.values()) {
            if (!odd.contains("`" + m.key() + "`")) {
                missing.add("metric " + m.key());
            }
        }
        for (CitizenState s : CitizenState.values()) {
            if (!odd.contains("`" + s.key() + "`")) {
                missing.add("state " + s.key());
            }
        }
        for (Channel c : Channel.values()) {
            if (!odd.contains("`" + c.key() + "`")) {
                missing.add("channel " + c.key());
            }
        }
        assertEquals(List.of(), missing, "not named in docs/ODD.md (in backticks)");
    }
}
