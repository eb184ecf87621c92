package org.callup.scenarios;

import java.math.BigDecimal;
import org.callup.model.params.Param;
import org.callup.scenarios.yaml.YamlNode;

/** The range a parameter's {@link Param} documents, as messages write it, and the check of a value against it. */
final class ParamRange {
    private ParamRange() {}

    /** "between 0 and 1", "at least 0" or "at most 10". */
    static String of(Param p) {
        if (Double.isInfinite(p.max())) {
            return "at least " + format(p.min());
        }
        if (Double.isInfinite(p.min())) {
            return "at most " + format(p.max());
        }
        return "between " + format(p.min()) + " and " + format(p.max());
    }

    /** The range for a message about a value of the wrong kind; "" without a parameter or a bound. */
    static String hint(Param p) {
        return p == null || (Double.isInfinite(p.min()) && Double.isInfinite(p.max())) ? "" : of(p);
    }

    /** Whether {@code v} is within the parameter's range; if not, reports what the range is and what it means. */
    static boolean holds(Problems problems, YamlNode node, double v, Param p) {
        if (p != null && (v < p.min() || v > p.max())) {
            problems.at(
                    node, "must be " + of(p) + ", was " + format(v) + (p.doc().isEmpty() ? "" : " (" + p.doc() + ")"));
            return false;
        }
        return true;
    }

    /** A number as a user would write it: {@code 1000000}, {@code 0.05}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
