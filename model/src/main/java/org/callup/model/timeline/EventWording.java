package org.callup.model.timeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callup.model.params.Param;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PostNames;
import org.callup.model.params.Scenario;

/**
 * Words for events that have no note of their own: a parameter by the label of its {@link Param} doc rather than
 * its path, a number with thousands separators and no float noise, a post by its display name.
 */
final class EventWording {
    private static final Pattern POST_PATH = Pattern.compile("^borders\\.posts\\[([^\\]]+)\\]\\.");

    private EventWording() {}

    /** "Targeting weight of reservists set to 0"; "Upper Lars: capacity ... set to 3,500". */
    static String setParameter(Scenario params, String path, Object value) {
        String label = parameterLabel(path);
        String said = label + " set to " + value(value);
        Matcher post = POST_PATH.matcher(path);
        if (post.find() && !label.equals(path)) {
            return PostNames.display(params, post.group(1)) + ": " + lowerFirst(said);
        }
        return said;
    }

    /** The doc of the parameter at {@code path} without its trailing bracket, or the path when it has none. */
    static String parameterLabel(String path) {
        Param p;
        try {
            p = ParamPaths.leaf(Scenario.class, path).param();
        } catch (IllegalArgumentException e) {
            return path;
        }
        if (p == null || p.doc().isBlank()) {
            return path;
        }
        String doc = p.doc().strip();
        int bracket = doc.indexOf(" (");
        if (bracket > 0 && doc.endsWith(")")) {
            doc = doc.substring(0, bracket);
        }
        return doc;
    }

    /** A value as a reader would write it, to four significant digits: 3,500, 0.25, 0.0001315, yes, no. */
    static String value(Object v) {
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            BigDecimal rounded = new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros();
            if (rounded.scale() <= 0 && Math.abs(d) < 1e15) {
                return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(rounded.longValueExact());
            }
            return rounded.toPlainString();
        }
        return String.valueOf(v);
    }

    static String post(Scenario params, String postId) {
        return PostNames.display(params, postId);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
