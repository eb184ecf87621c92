package org.callup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chart's SVG file into markup that can sit inside an HTML page: without its XML prolog and DOCTYPE, scaled
 * to the width of the page (a viewBox in place of a fixed size), with its ids made unique on the page (two charts
 * drawn by JFreeSVG may otherwise share clip-path ids), and without anything that would run or load: scripts,
 * event handlers, foreign objects and links to other documents.
 */
final class InlineSvg {
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern WIDTH = Pattern.compile("\\swidth=['\"]([0-9.]+)(?:px)?['\"]");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight=['\"]([0-9.]+)(?:px)?['\"]");
    private static final Pattern ID = Pattern.compile("\\bid=(['\"])([^'\"]+)\\1");
    private static final Pattern UNSAFE = Pattern.compile(
            "<(script|foreignObject|image|a)\\b.*?(</\\1>|/>)|\\son[a-z]+=(['\"]).*?\\3|\\s(?:xlink:)?href=(['\"])(?!#).*?\\4",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private InlineSvg() {}

    /** The SVG in {@code file}, ready to inline; {@code prefix} makes its ids unique on the page. */
    static String read(Path file, String prefix) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8), prefix);
    }

    static String of(String svg, String prefix) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String s = UNSAFE.matcher(svg.substring(start)).replaceAll("");
        s = uniqueIds(s, prefix);
        Matcher root = ROOT.matcher(s);
        if (!root.find()) {
            throw new IllegalArgumentException("not an SVG document");
        }
        return scalable(root.group()) + s.substring(root.end());
    }

    private static String uniqueIds(String s, String prefix) {
        Matcher m = ID.matcher(s);
        String out = s;
        while (m.find()) {
            String id = m.group(2);
            out = out.replace("'" + id + "'", "'" + prefix + id + "'")
                    .replace("\"" + id + "\"", "\"" + prefix + id + "\"")
                    .replace("#" + id + ")", "#" + prefix + id + ")")
                    .replace("\"#" + id + "\"", "\"#" + prefix + id + "\"")
                    .replace("'#" + id + "'", "'#" + prefix + id + "'");
        }
        return out;
    }

    /** The root tag with a viewBox of its size and no fixed size, so that CSS scales it to the page. */
    private static String scalable(String tag) {
        Matcher w = WIDTH.matcher(tag);
        Matcher h = HEIGHT.matcher(tag);
        if (!w.find() || !h.find() || tag.contains("viewBox")) {
            return tag;
        }
        String box = String.format(
                Locale.ROOT, " viewBox='0 0 %s %s' preserveAspectRatio='xMidYMid meet'", w.group(1), h.group(1));
        String t = WIDTH.matcher(tag).replaceFirst("");
        t = HEIGHT.matcher(t).replaceFirst("");
        return t.substring(0, t.length() - 1) + box + " role='img'>";
    }
}
