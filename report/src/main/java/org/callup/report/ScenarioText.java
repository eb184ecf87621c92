package org.callup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a report says about a scenario: its description and where it came from. */
final class ScenarioText {
    private ScenarioText() {}

    /** The {@code description} of a scenario file, or empty when there is none or the file cannot be read. */
    static String description(Path yaml) {
        try {
            if (!Files.isRegularFile(yaml)) {
                return "";
            }
            Map<String, Object> m = PlainYaml.map(Files.readString(yaml, StandardCharsets.UTF_8));
            return m != null && m.get("description") instanceof String d ? d.strip() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The facts "Extends" and "Changes from its base" (when it has one), and any note on them. */
    static List<Page.Fact> lineageFacts(ScenarioLineage l) {
        List<Page.Fact> f = new ArrayList<>();
        if (l.chain().size() > 1) {
            f.add(Page.Fact.of(
                    "Extends",
                    String.join(" \u2192 ", l.chain().subList(1, l.chain().size()))));
            f.add(new Page.Fact(
                    "Changes from its base",
                    l.settings().isEmpty() ? List.of("none besides its name and description") : l.settings()));
        } else {
            f.add(Page.Fact.of("Extends", "nothing: a base scenario"));
        }
        if (!l.notes().isEmpty()) {
            f.add(new Page.Fact("Note", l.notes()));
        }
        return f;
    }
}
