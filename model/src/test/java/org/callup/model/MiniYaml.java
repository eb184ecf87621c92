package org.callup.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough YAML to read the values of a scenario file in a test of the documentation: block mappings, block
 * sequences, one-line or multi-line flow mappings and lists, quoted and plain scalars, folded scalars and
 * comments. Scalars stay strings. (The model does not read files; the scenarios module has the real loader.)
 */
final class MiniYaml {
    private record Line(int indent, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int pos;

    private MiniYaml(String source) {
        for (String raw : source.split("\r?\n")) {
            String t = stripComment(raw);
            if (t.isBlank() || t.trim().equals("---")) {
                continue;
            }
            int indent = 0;
            while (indent < t.length() && t.charAt(indent) == ' ') {
                indent++;
            }
            lines.add(new Line(indent, t.substring(indent).stripTrailing()));
        }
    }

    /** The document's top-level mapping. */
    static Map<String, Object> read(String source) {
        MiniYaml y = new MiniYaml(source);
        return y.lines.isEmpty() ? Map.of() : y.map(y.lines.get(0).indent());
    }

    private static String stripComment(String s) {
        boolean single = false;
        boolean dbl = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '#' && !single && !dbl && (k == 0 || Character.isWhitespace(s.charAt(k - 1)))) {
                return s.substring(0, k);
            }
        }
        return s;
    }

    private Map<String, Object> map(int indent) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (pos < lines.size() && lines.get(pos).indent() == indent && !lines.get(pos).text().startsWith("- ")) {
            String text = lines.get(pos++).text();
            entry(text, indent, out);
        }
        return out;
    }

    /** One "key: value" whose key is at {@code indent}; nested blocks follow on deeper lines. */
    private void entry(String text, int indent, Map<String, Object> out) {
        int colon = keyEnd(text);
        if (colon < 0) {
            throw new IllegalArgumentException("not a 'key: value' line: " + text);
        }
        String key = unquote(text.substring(0, colon).trim());
        String rest = text.substring(colon + 1).trim();
        if (rest.isEmpty()) {
            if (pos < lines.size() && lines.get(pos).indent() > indent) {
                int inner = lines.get(pos).indent();
                out.put(key, lines.get(pos).text().startsWith("- ") ? list(inner) : map(inner));
            } else if (pos < lines.size() && lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("- ")) {
                out.put(key, list(indent));
            } else {
                out.put(key, "");
            }
        } else if (rest.equals(">-") || rest.equals(">") || rest.equals("|") || rest.equals("|-")) {
            StringBuilder sb = new StringBuilder();
            while (pos < lines.size() && lines.get(pos).indent() > indent) {
                sb.append(sb.length() == 0 ? "" : " ").append(lines.get(pos++).text());
            }
            out.put(key, sb.toString());
        } else {
            out.put(key, inline(flowContinued(rest)));
        }
    }

    private List<Object> list(int indent) {
        List<Object> out = new ArrayList<>();
        while (pos < lines.size() && lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("- ")) {
            String item = lines.get(pos++).text().substring(2).trim();
            if (item.startsWith("{") || item.startsWith("[") || keyEnd(item) < 0) {
                out.add(inline(flowContinued(item)));
            } else {
                Map<String, Object> m = new LinkedHashMap<>();
                int inner = indent + 2;
                entry(item, inner, m);
                m.putAll(map(inner));
                out.add(m);
            }
        }
        return out;
    }

    /** A flow collection may continue on the following lines until its brackets close. */
    private String flowContinued(String start) {
        StringBuilder sb = new StringBuilder(start);
        while (depth(sb) > 0 && pos < lines.size()) {
            sb.append(' ').append(lines.get(pos++).text());
        }
        return sb.toString();
    }

    private static int depth(CharSequence s) {
        int d = 0;
        boolean dbl = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                dbl = !dbl;
            } else if (!dbl && (c == '{' || c == '[')) {
                d++;
            } else if (!dbl && (c == '}' || c == ']')) {
                d--;
            }
        }
        return d;
    }

    /** Index of the colon that ends a key (followed by a space or the end), outside quotes and brackets, or -1. */
    private static int keyEnd(String s) {
        boolean dbl = false;
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                dbl = !dbl;
            } else if (!dbl && (c == '{' || c == '[')) {
                d++;
            } else if (!dbl && (c == '}' || c == ']')) {
                d--;
            } else if (!dbl && d == 0 && c == ':' && (k + 1 == s.length() || s.charAt(k + 1) == ' ')) {
                return k;
            }
        }
        return -1;
    }

    private static Object inline(String s) {
        s = s.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String part : splitTop(s.substring(1, s.length() - 1))) {
                int colon = keyEnd(part);
                if (colon >= 0) {
                    m.put(unquote(part.substring(0, colon).trim()), inline(part.substring(colon + 1)));
                }
            }
            return m;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            List<Object> l = new ArrayList<>();
            for (String part : splitTop(s.substring(1, s.length() - 1))) {
                if (!part.isBlank()) {
                    l.add(inline(part));
                }
            }
            return l;
        }
        return unquote(s);
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int d = 0;
        boolean dbl = false;
        int from = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                dbl = !dbl;
            } else if (!dbl && (c == '{' || c == '[')) {
                d++;
            } else if (!dbl && (c == '}' || c == ']')) {
                d--;
            } else if (!dbl && d == 0 && c == ',') {
                out.add(s.substring(from, k).trim());
                from = k + 1;
            }
        }
        out.add(s.substring(from).trim());
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
