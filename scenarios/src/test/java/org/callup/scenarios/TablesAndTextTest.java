package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.observe.Metric;
import org.callup.model.params.PostMode;
import org.junit.jupiter.api.Test;

/** The small parts: CSV reading, the post-mode mapping, did-you-mean, message format, and text round trips. */
class TablesAndTextTest {

    @Test
    void csvHandlesQuotesCommasDoubledQuotesAndLineEndings() throws ScenarioException {
        CsvTable t = CsvTable.parse("id,name\r\na,\"x, \"\"y\"\"\"\r\n\r\nb,\"two\nlines\"\n", "t.csv", List.of("id"));
        assertEquals(2, t.rows().size());
        assertEquals("x, \"y\"", t.rows().get(0).get("name"));
        assertEquals("two\nlines", t.rows().get(1).get("name"));
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void csvProblemsNameTheLine() {
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> CsvTable.parse("id,name\na,b,c\n", "t.csv", List.of("id", "nmae")));
        assertEquals(2, e.problems().size());
        assertEquals(
                "the header has no column 'nmae'; did you mean 'name'?",
                e.problems().get(0).message());
        assertEquals(2, e.problems().get(1).line());
        assertThrows(ScenarioException.class, () -> CsvTable.parse("id\n\"open", "t.csv", List.of()));
    }

    @Test
    void postModesOfTheTable() {
        assertEquals(PostMode.ROAD, BorderPostTable.mode("road; foot+bike from 2022-09-26"));
        assertEquals(PostMode.ROAD, BorderPostTable.mode("road/foot"));
        assertEquals(PostMode.RAIL, BorderPostTable.mode("road/rail"));
        assertEquals(PostMode.RAIL, BorderPostTable.mode("road/rail/foot"));
        assertEquals(PostMode.AIR, BorderPostTable.mode("air"));
        assertNull(BorderPostTable.mode("ferry"));
    }

    @Test
    void shippedTablesReadCleanly() throws ScenarioException {
        assertEquals(22, BorderPostTable.shipped().entries().size());
        assertEquals(
                24,
                RegionTable.of(DataFiles.shipped(DataFiles.REGIONS, RegionTable.COLUMNS))
                        .entries()
                        .size());
    }

    @Test
    void didYouMeanOnlyForCloseNames() {
        assertEquals("intensity", Suggest.closest("intensty", List.of("intensity", "regions", "reach")));
        assertEquals(
                "capacityPersonsPerDay",
                Suggest.closest("capacityPersonPerDay", List.of("capacityPersonsPerDay", "priceRub")));
        assertNull(Suggest.closest("zzz", List.of("intensity", "regions")));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
    }

    @Test
    void problemFormatLeavesOutWhatIsUnknown() {
        assertEquals("a.yaml:3:5: x.y: bad", new Problem("a.yaml", "x.y", 3, 5, "bad").toString());
        assertEquals("a.yaml:3: bad", new Problem("a.yaml", "", 3, 0, "bad").toString());
        assertEquals("a.yaml: bad", new Problem("a.yaml", "", 0, 0, "bad").toString());
        assertEquals("bad", new Problem(null, null, 0, 0, "bad").toString());
        assertThrows(IllegalArgumentException.class, () -> new Problem("a", "", -1, 0, "bad"));
    }

    @Test
    void unusualTextSurvivesTheResolvedYaml() throws ScenarioException {
        String yaml = ScenarioLibrary.shipped()
                .load("smoke")
                .resolvedYaml()
                .replaceFirst(
                        "(?m)^description: .*$",
                        java.util.regex.Matcher.quoteReplacement(
                                "description: \"quotes \\\" backslash \\\\ tab \\t newline \\n Cyrillic \u0420\u043e\u0441\u0441\u0438\u044f # not a comment: yes\""));
        ResolvedScenario r = ScenarioLibrary.shipped().loadText(yaml, "odd.yaml");
        assertEquals(
                "quotes \" backslash \\ tab \t newline \n Cyrillic \u0420\u043e\u0441\u0441\u0438\u044f # not a comment: yes",
                r.scenario().description());
        assertEquals(
                r.scenario(),
                ScenarioLibrary.shipped()
                        .loadText(r.resolvedYaml(), "again.yaml")
                        .scenario());
    }

    @Test
    void outputSelectionIsKeptAndRoundTrips() throws ScenarioException {
        String yaml = ScenarioLibrary.shipped()
                .load("smoke")
                .resolvedYaml()
                .replace("  metrics: []", "  metrics: [mobilized, queue_length]")
                .replace("  scopes: []", "  scopes: [all, \"post:upper_lars\"]");
        ResolvedScenario r = ScenarioLibrary.shipped().loadText(yaml, "out.yaml");
        assertEquals(List.of(Metric.MOBILIZED, Metric.QUEUE_LENGTH), r.output().metrics());
        assertTrue(r.output().keepsScope("post:upper_lars"));
        assertTrue(!r.output().keepsMetric(Metric.EMIGRANTS));
        assertEquals(
                r.output(),
                ScenarioLibrary.shipped()
                        .loadText(r.resolvedYaml(), "again.yaml")
                        .output());
    }

    @Test
    void resolvedScenarioRejectsAForeignHash() throws ScenarioException {
        ResolvedScenario r = ScenarioLibrary.shipped().load("smoke");
        assertThrows(
                IllegalArgumentException.class,
                () -> new ResolvedScenario(
                        r.scenario(),
                        r.name(),
                        r.origin(),
                        r.resolvedYaml(),
                        "0".repeat(64),
                        r.output(),
                        r.eventIndexById()));
    }

    @Test
    void negativeZeroIsReadAsZero() throws ScenarioException {
        String yaml = ScenarioLibrary.shipped().load("smoke").resolvedYaml().replace("ascHide: -3.0", "ascHide: -0.0");
        ResolvedScenario r = ScenarioLibrary.shipped().loadText(yaml, "zero.yaml");
        assertEquals(
                r.scenario(),
                ScenarioLibrary.shipped()
                        .loadText(r.resolvedYaml(), "again.yaml")
                        .scenario());
    }
}
