package org.callup.viz.inspect;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Locale;
import org.callup.model.params.Param;
import org.callup.model.params.Scenario;
import sim.util.Interval;

/**
 * The {@link Param} documentation of a scenario parameter, found by its path ({@code protest.legitimacy},
 * {@code borders.posts[upper_lars].open}), turned into what MASON's inspector shows: a slider's range and a tooltip.
 * Ranges and texts are never written twice: the model's annotation is the one source.
 */
public final class ParamDocs {
    private ParamDocs() {}

    /** The annotation of the parameter at {@code path}; throws IllegalArgumentException for an unknown path. */
    public static Param of(String path) {
        Class<?> type = Scenario.class;
        RecordComponent found = null;
        for (String step : path.split("\\.")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (type == null || !type.isRecord()) {
                throw new IllegalArgumentException("'" + path + "': '" + name + "' is not inside a parameter group");
            }
            found = component(type, name, path);
            type = step.contains("[") ? elementType(found) : found.getType();
        }
        if (found == null || found.getAnnotation(Param.class) == null) {
            throw new IllegalArgumentException("'" + path + "' has no documentation");
        }
        return found.getAnnotation(Param.class);
    }

    /** A slider's range: the parameter's documented minimum and maximum. */
    public static Interval range(String path) {
        Param p = of(path);
        return new Interval(p.min(), p.max());
    }

    /** The same range for a whole-number parameter, so that MASON's slider moves in whole steps. */
    public static Interval wholeRange(String path) {
        Param p = of(path);
        return new Interval((long) p.min(), (long) p.max());
    }

    /** A tooltip: what the parameter means, its range, where its default comes from, and when a change applies. */
    public static String tooltip(String path) {
        Param p = of(path);
        StringBuilder s = new StringBuilder("<html>").append(escape(p.doc()));
        if (Double.isFinite(p.min()) && Double.isFinite(p.max())) {
            s.append("<br>Range ")
                    .append(number(p.min()))
                    .append(" to ")
                    .append(number(p.max()))
                    .append('.');
        }
        s.append("<br>Source: ").append(escape(p.source())).append('.');
        s.append("<br><i>").append(escape(path)).append("; a change applies from the next day.</i></html>");
        return s.toString();
    }

    private static RecordComponent component(Class<?> type, String name, String path) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        throw new IllegalArgumentException(
                "'" + path + "': " + type.getSimpleName() + " has no parameter '" + name + "'");
    }

    private static Class<?> elementType(RecordComponent list) {
        Type t = list.getGenericType();
        if (t instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException(list.getName() + " is not a list of parameter groups");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ENGLISH, "%,d", (long) v)
                : String.format(Locale.ENGLISH, "%s", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
