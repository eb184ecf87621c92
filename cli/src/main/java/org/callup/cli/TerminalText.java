package org.callup.cli;

/**
 * Text from a user (a name, a key, a path) made safe to print on a terminal: control characters, such as the escape
 * codes that recolour or rewrite a terminal, and the marks that reverse the direction of text, are printed as
 * {@code \e}, {@code \x07} or {@code \u202e} instead of acting. Every error and every name callup prints goes
 * through here.
 */
final class TerminalText {
    private TerminalText() {}

    /** One line: even line breaks are shown escaped. */
    static String line(String s) {
        return escape(s, false);
    }

    /** Several lines: line breaks are kept, everything else escaped. */
    static String lines(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepNewlines) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c, keepNewlines);
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String replacement(char c, boolean keepNewlines) {
        if (c == '\n') {
            return keepNewlines ? null : "\\n";
        }
        if (c == 0x1B) {
            return "\\e";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
