package org.callup.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report shows, independent of the kind of folder: a title, the facts of what was run, sections of text,
 * tables and charts, and the caveats. The template lays every page out the same way; a {@link FolderKind} fills it.
 *
 * @param kind     what the folder is, for the header ("Run", "Sweep", "Calibration")
 * @param title    the name of what was run
 * @param subtitle one line under the title (e.g. the scenario's description), or empty
 * @param facts    what was run: scenario, seeds, scale, version, dates
 * @param sections the body, in order
 * @param caveats  what the numbers are not; shown last
 */
public record Page(
        String kind, String title, String subtitle, List<Fact> facts, List<Section> sections, List<String> caveats) {
    public Page {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        caveats = List.copyOf(caveats);
    }

    /** One line of "what was run": a label and one or more lines of value. */
    public record Fact(String label, List<String> lines) {
        public Fact {
            lines = List.copyOf(lines);
        }

        public static Fact of(String label, String value) {
            return new Fact(label, List.of(value));
        }
    }

    /**
     * A part of the body. Each element may be empty.
     *
     * @param id         the anchor of the section, for the table of contents
     * @param paragraphs text before the tables
     * @param tables     tables, in order
     * @param figures    charts, in order
     * @param preformatted a block of text kept as written (a setup file), or empty
     */
    public record Section(
            String id,
            String heading,
            List<String> paragraphs,
            List<Table> tables,
            List<Figure> figures,
            String preformatted) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
            figures = List.copyOf(figures);
            preformatted = preformatted == null ? "" : preformatted;
        }
    }

    /**
     * A table. {@code numeric} lists, per column, whether it holds numbers (right-aligned).
     *
     * @param note a line under the table, or empty
     */
    public record Table(String caption, List<Column> header, List<Row> rows, String note) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            note = note == null ? "" : note;
        }
    }

    /** A column heading; {@code css} is "num" for columns of numbers. */
    public record Column(String name, String css) {}

    /** A row of a table; {@code css} marks it (e.g. "fail" for a target outside its range), or is empty. */
    public record Row(List<Cell> cells, String css) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: text (escaped by the template) and a CSS class, or empty. {@code parts} is the text cut into plain
     * runs and links; a cell made with {@link #linked} turns every http(s) address in its text into a link.
     */
    public record Cell(String text, String css, List<Part> parts) {
        private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:)\\]]");

        public Cell {
            parts = List.copyOf(parts);
        }

        public Cell(String text, String css) {
            this(text, css, List.of(new Part(text, "")));
        }

        public static Cell of(String text) {
            return new Cell(text, "");
        }

        public static Cell num(String text) {
            return new Cell(text, "num");
        }

        /** A cell whose web addresses are links (a source that cites its pages). */
        public static Cell linked(String text, String css) {
            List<Part> parts = new ArrayList<>();
            Matcher m = URL.matcher(text);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    parts.add(new Part(text.substring(at, m.start()), ""));
                }
                parts.add(new Part(m.group(), m.group()));
                at = m.end();
            }
            if (at < text.length() || parts.isEmpty()) {
                parts.add(new Part(text.substring(at), ""));
            }
            return new Cell(text, css, parts);
        }
    }

    /** A run of a cell's text; {@code href} is its address when it is a link, or empty. */
    public record Part(String text, String href) {
        public boolean link() {
            return !href.isEmpty();
        }
    }

    /** A chart: SVG markup made safe to inline by {@link InlineSvg}, and a caption. */
    public record Figure(String svg, String caption) {}
}
