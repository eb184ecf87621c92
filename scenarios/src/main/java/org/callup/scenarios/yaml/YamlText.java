package org.callup.scenarios.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Values written into YAML so that the project's strict reader ({@link StrictValues}) reads them back unchanged. */
public final class YamlText {
    private YamlText() {}

    /** A value as the scenario format reads it back unchanged (numbers in their shortest exact form). */
    public static String scalar(Object v) {
        if (v instanceof Double d) {
            String s = BigDecimal.valueOf(d).toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return StrictValues.yamlName(e);
        }
        return quote(String.valueOf(v));
    }

    /** A YAML double-quoted string (JSON escapes are valid in it). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
