package org.callup.experiments.sweep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Reads the values a parameter may take: {@code values: [...]}, {@code range: {min, max}} with an optional
 * {@code step}, or {@code distribution: {type: normal | lognormal | triangular, ...}}, each value of the type of
 * the field it is written to. A range with a step is the list of its values.
 */
final class DomainReader {
    /** More values than this in a stepped range is almost surely a mistyped step. */
    static final int MAX_VALUES = 10_000;
    /** Numbers below this keep every step of a range exact as a double. */
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1e15");

    private final StrictValues in;

    DomainReader(StrictValues in) {
        this.in = in;
    }

    Domain values(YamlNode node, ValueType type, Class<?> javaType) {
        YamlList s = in.list(node, "a list of values");
        if (s == null) {
            return null;
        }
        if (s.items().isEmpty()) {
            in.at(node, "the list of values is empty; give at least one");
            return null;
        }
        List<Object> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : s.items()) {
            Object v = value(item, type, javaType);
            if (v != null && !seen.add(ValueText.of(v))) {
                in.at(item, "value " + ValueText.of(v) + " is listed twice");
            }
            out.add(v);
        }
        return out.contains(null) ? null : new Domain.Listed(out);
    }

    Domain range(YamlNode node, ValueType type) {
        YamlMap m = in.mapping(node, "a mapping {min, max} with an optional step");
        if (m == null
                || !numeric(node, type, "a range")
                || !in.keys(m, Set.of("min", "max", "step"), Set.of("min", "max"), "a range")) {
            return null;
        }
        Object lo = value(m.get("min"), type, null);
        Object hi = value(m.get("max"), type, null);
        YamlNode stepNode = m.get("step");
        Object step = stepNode == null
                ? null
                : type == ValueType.DATE ? in.whole(stepNode, 1, 36500) : value(stepNode, type, null);
        if (lo == null || hi == null || (stepNode != null && step == null)) {
            return null;
        }
        double a = ValueType.toNumber(lo);
        double b = ValueType.toNumber(hi);
        if (!(a < b)) {
            in.at(m.get("max"), "max " + ValueText.of(hi) + " must be above min " + ValueText.of(lo));
            return null;
        }
        if (step == null) {
            return new Domain.Interval(type, a, b);
        }
        return stepped(stepNode, type, lo, hi, step);
    }

    private Domain stepped(YamlNode stepNode, ValueType type, Object lo, Object hi, Object step) {
        BigDecimal from = exact(lo);
        BigDecimal to = exact(hi);
        BigDecimal by = exact(step);
        if (by.signum() <= 0) {
            in.at(stepNode, "step must be above 0, was " + ValueText.of(step));
            return null;
        }
        BigDecimal steps = to.subtract(from).divideToIntegralValue(by);
        if (steps.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            // A tiny step gives more values than a long holds: say so before counting them exactly.
            in.at(
                    stepNode,
                    "step " + ValueText.of(step) + " gives "
                            + (steps.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) < 0
                                    ? String.valueOf(steps.longValue() + 1)
                                    : "more than 10^18")
                            + " values; at most " + MAX_VALUES + " are allowed");
            return null;
        }
        long count = steps.longValueExact() + 1;
        List<Object> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            BigDecimal x = from.add(by.multiply(BigDecimal.valueOf(i)));
            values.add(
                    switch (type) {
                        case REAL -> x.doubleValue();
                        case WHOLE -> x.longValueExact();
                        default -> LocalDate.ofEpochDay(x.longValueExact());
                    });
        }
        return new Domain.Listed(values);
    }

    /** Decimal arithmetic for steps, so that 0.1 steps give 0.3 and not 0.30000000000000004. */
    private static BigDecimal exact(Object v) {
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (v instanceof LocalDate d) {
            return BigDecimal.valueOf(d.toEpochDay());
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    Domain distribution(YamlNode node, ValueType type, double min, double max) {
        YamlMap m = in.mapping(node, "a mapping with a type (normal, lognormal or triangular) and its " + "parameters");
        if (m == null || (type != ValueType.REAL && type != ValueType.WHOLE)) {
            if (m != null) {
                in.at(
                        node,
                        "a distribution needs a parameter that takes numbers; this one takes " + type.describe()
                                + " (give values instead)");
            }
            return null;
        }
        if (m.get("type") == null) {
            in.at(node, "a distribution needs 'type': normal, lognormal or triangular");
            return null;
        }
        String kind = in.choice(m.get("type"), List.of("normal", "lognormal", "triangular"));
        if (kind == null) {
            return null;
        }
        List<String> needs = switch (kind) {
            case "normal" -> List.of("mean", "sd");
            case "lognormal" -> List.of("median", "sdLog");
            default -> List.of("min", "mode", "max");
        };
        List<String> optional = kind.equals("triangular") ? List.of() : List.of("min", "max");
        Set<String> allowed = new java.util.LinkedHashSet<>(List.of("type"));
        allowed.addAll(needs);
        allowed.addAll(optional);
        if (!in.keys(m, allowed, new java.util.LinkedHashSet<>(needs), "a " + kind + " distribution")) {
            return null;
        }
        double[] p = new double[needs.size()];
        for (int i = 0; i < p.length; i++) {
            BigDecimal d = decimal(m.get(needs.get(i)));
            if (d == null) {
                return null;
            }
            p[i] = d.doubleValue();
        }
        double lo = bound(m.get("min"), min, true);
        double hi = bound(m.get("max"), max, false);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return null;
        }
        if (!positive(m, kind, needs, p)) {
            return null;
        }
        RealDistribution d = make(node, kind, p);
        if (d == null) {
            return null;
        }
        String description = kind + "("
                + String.join(
                        ", ",
                        needs.stream()
                                .map(n -> n + " " + ValueText.of(p[needs.indexOf(n)]))
                                .toList()) + ")";
        return new Domain.Distributed(type, d, lo, hi, description);
    }

    private double bound(YamlNode n, double dflt, boolean lower) {
        if (n == null) {
            return dflt;
        }
        BigDecimal d = decimal(n);
        return d == null ? Double.NaN : lower ? Math.max(dflt, d.doubleValue()) : Math.min(dflt, d.doubleValue());
    }

    /** A number kept exact, so that steps and values print as written. */
    private BigDecimal decimal(YamlNode n) {
        BigDecimal d = in.exactNumber(n);
        if (d != null && d.abs().compareTo(MAX_NUMBER) >= 0) {
            in.at(n, "expected a number below 1e15, got " + ((YamlScalar) n).text());
            return null;
        }
        return d;
    }

    /** The parameters of a distribution within their ranges, each reported at its own path. */
    private boolean positive(YamlMap m, String kind, List<String> needs, double[] p) {
        boolean ok = true;
        for (int i = 0; i < p.length; i++) {
            String name = needs.get(i);
            boolean mustBePositive = name.equals("sd") || name.equals("sdLog") || name.equals("median");
            if (mustBePositive && !(p[i] > 0 && Double.isFinite(Math.log(p[i])))) {
                in.at(m.get(name), "a " + kind + " distribution needs " + name + " above 0, got " + ValueText.of(p[i]));
                ok = false;
            }
        }
        if (kind.equals("triangular") && ok && !(p[0] <= p[1] && p[1] <= p[2] && p[0] < p[2])) {
            in.at(
                    m.get("mode"),
                    "a triangular distribution needs min <= mode <= max and min < max, got min " + ValueText.of(p[0])
                            + ", mode " + ValueText.of(p[1]) + ", max " + ValueText.of(p[2]));
            ok = false;
        }
        return ok;
    }

    private RealDistribution make(YamlNode node, String kind, double[] p) {
        try {
            // No random generator: only quantiles are used, and the design supplies the randomness.
            return switch (kind) {
                case "normal" -> new NormalDistribution(null, p[0], p[1]);
                case "lognormal" -> new LogNormalDistribution(null, Math.log(p[0]), p[1]);
                default -> new TriangularDistribution(null, p[0], p[1], p[2]);
            };
        } catch (RuntimeException e) {
            in.at(
                    node,
                    "not a valid " + kind + " distribution: " + e.getMessage().toLowerCase(Locale.ROOT));
            return null;
        }
    }

    private boolean numeric(YamlNode node, ValueType type, String what) {
        if (!type.numeric()) {
            in.at(
                    node,
                    what + " needs a parameter that takes numbers or dates; this one takes " + type.describe()
                            + " (list them under values)");
            return false;
        }
        return true;
    }

    /** One value of the given type, or null after a problem. */
    Object value(YamlNode n, ValueType type, Class<?> javaType) {
        return switch (type) {
            case REAL -> {
                BigDecimal d = decimal(n);
                yield d == null ? null : d.doubleValue();
            }
            case WHOLE -> in.whole(n, Long.MIN_VALUE, Long.MAX_VALUE);
            case BOOLEAN -> in.bool(n);
            case DATE -> in.date(n);
            case TEXT -> {
                String t = in.text(n, "text");
                if (t != null && t.chars().anyMatch(Character::isISOControl)) {
                    in.at(n, "text values may not hold line breaks or other control characters");
                    t = null;
                }
                yield t;
            }
            case CHOICE -> choice(n, javaType);
        };
    }

    private Object choice(YamlNode n, Class<?> javaType) {
        List<String> names = new ArrayList<>();
        for (Object c : javaType.getEnumConstants()) {
            names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        String s = in.choice(n, names);
        return s == null ? null : javaType.getEnumConstants()[names.indexOf(s)];
    }
}
