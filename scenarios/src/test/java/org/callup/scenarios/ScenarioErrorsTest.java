package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in a scenario file gives a message with its file, path, position and a way to fix it. */
class ScenarioErrorsTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String... lines) throws IOException {
        return new ScenarioFiles(dir).problems("partial.yaml", ScenarioFiles.extending(lines));
    }

    private static Problem only(List<Problem> ps) {
        assertEquals(1, ps.size(), () -> "expected one problem, got " + ps);
        return ps.get(0);
    }

    @Test
    void unknownKeyNamesTheClosestValidKeyWithFileLineAndColumn() throws IOException {
        Problem p = only(problems("recruiters:", "  channels:", "    raid:", "      intensty: 2"));
        assertEquals(
                "partial.yaml:5:7: recruiters.channels.raid.intensty: unknown key; did you mean 'intensity'?",
                p.toString().replace(dir + "/", ""));
        assertEquals("recruiters.channels.raid.intensty", p.yamlPath());
        assertEquals(5, p.line());
        assertEquals(7, p.column());
    }

    @Test
    void aMisspeltExtendsIsReportedAloneWithoutTheSectionsItWouldHaveSupplied() throws IOException {
        for (String typo : List.of("extendsx", "extend", "Extends", "exends")) {
            List<Problem> ps = new ScenarioFiles(dir).problems("typo.yaml", typo + ": smoke\nname: mine\nseed: 3\n");
            Problem p = only(ps);
            assertEquals(typo, p.yamlPath());
            assertEquals(1, p.line());
            assertTrue(
                    p.message()
                            .startsWith("unknown key; did you mean 'extends'? (the sections a scenario leaves out "
                                    + "come from the one it extends"),
                    p.message());
        }
    }

    @Test
    void theDirectivesOfExtendsAreAmongTheValidTopLevelKeys() throws IOException {
        assertEquals(
                "unknown key; did you mean 'removeEvents'?",
                only(problems("removeEvent: [x]")).message());
        assertEquals(
                "unknown key; did you mean 'removePosts'?",
                only(problems("removePost: [x]")).message());
        Problem far = only(problems("zzzzzz: 1"));
        assertTrue(far.message().contains("extends, removeEvents, removePosts)"), far.message());
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() throws IOException {
        Problem p = only(problems("protest: {zzz: 1}"));
        assertTrue(p.message().startsWith("unknown key (valid keys here: legitimacy, hardshipBase"), p.message());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() throws IOException {
        Problem p = only(problems("protest: {legitimacy: high}"));
        assertEquals("protest.legitimacy", p.yamlPath());
        assertEquals("expected a number between 0 and 1, got text 'high'", p.message());
    }

    @Test
    void quotedNumberIsTextAndTheMessageSaysSo() throws IOException {
        Problem p = only(problems("protest: {legitimacy: \"0.5\"}"));
        assertTrue(p.message().endsWith("(remove the quotes)"), p.message());
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRejectedEvenIfItIsWhole() throws IOException {
        List<Problem> ps = problems("seed: 1.5", "recruiters: {planDays: 37.0}");
        assertEquals(2, ps.size());
        assertEquals("seed", ps.get(0).yamlPath());
        assertEquals(
                "expected a whole number, got 1.5 (write it without a decimal point or exponent)",
                ps.get(0).message());
        assertEquals("recruiters.planDays", ps.get(1).yamlPath());
    }

    @Test
    void yaml11BooleansAreRefused() throws IOException {
        Problem p = only(problems("recruiters: {exemptions: {students: yes}}"));
        assertTrue(p.message().startsWith("expected true or false, got 'yes'"), p.message());
    }

    @Test
    void missingRequiredKeyInACompleteFile() throws IOException {
        List<Problem> ps = new ScenarioFiles(dir).problems("bare.yaml", """
                name: bare
                startDate: 2022-09-14
                endDate: 2022-09-20
                seed: 1
                """);
        Problem population = ps.stream()
                .filter(p -> p.yamlPath().equals("population"))
                .findFirst()
                .orElseThrow();
        assertEquals("missing; expected a mapping (The synthetic population)", population.message());
        assertEquals(6, ps.size(), "population, citizens, decisions, recruiters, borders and protest: " + ps);
    }

    @Test
    void outOfRangeValueGivesTheRangeAndMeaning() throws IOException {
        Problem p = only(problems("recruiters: {channels: {raid: {intensity: 11}}}"));
        assertEquals("must be between 0 and 10, was 11 (Intensity of the channel (0 = off, 1 = normal))", p.message());
    }

    @Test
    void recordConstructorChecksAreReportedAtTheRecord() throws IOException {
        Problem p = only(problems("citizens: {itShare: 0.4, financeShare: 0.4, telecomShare: 0.3}"));
        assertEquals("citizens", p.yamlPath());
        assertEquals("occupation shares must add up to at most 1", p.message());
    }

    @Test
    void constructorCheckNamingAComponentPointsAtThatKey() throws IOException {
        Problem p = only(problems("recruiters: {targetAgeMin: 40, targetAgeMax: 35}"));
        assertEquals("recruiters.targetAgeMax", p.yamlPath());
        assertEquals("must be between 40 and 70, was 35", p.message());
    }

    @Test
    void endBeforeStart() throws IOException {
        Problem p = only(problems("startDate: 2022-09-14", "endDate: 2022-09-01", "removeEvents: all"));
        assertEquals("endDate", p.yamlPath());
        assertTrue(p.message().contains("is before startDate 2022-09-14"), p.message());
    }

    @Test
    void notACalendarDate() throws IOException {
        Problem p = only(problems("endDate: 2022-11-31"));
        assertEquals("'2022-11-31' is not a calendar date", p.message());
    }

    @Test
    void eventsOutsideTheRunAreErrors() throws IOException {
        List<Problem> ps = problems(
                "timeline:", "  - {date: 2021-09-22, type: endQuota}", "  - {date: 2023-01-01, type: endQuota}");
        assertEquals(2, ps.size());
        assertTrue(ps.get(0).message().contains("before the run starts on 2022-09-14"));
        assertTrue(ps.get(1).message().contains("after the run ends on 2022-11-30"));
        assertEquals("timeline[0].date", ps.get(0).yamlPath());
    }

    @Test
    void unknownPostAndRegionIds() throws IOException {
        List<Problem> ps = problems(
                "borders: {posts: [{id: upper_lras, capacityPersonsPerDay: 1}]}",
                "recruiters: {channels: {raid: {regions: [dagestn]}}}",
                "timeline: [{date: 2022-09-22, type: closePost, post: upper_lar}]");
        assertEquals(3, ps.size(), ps::toString);
        assertTrue(ps.get(0).message().startsWith("unknown border post id 'upper_lras'; did you mean 'upper_lars'?"));
        assertTrue(ps.get(1).message().startsWith("no region 'dagestn' in this scenario; did you mean 'dagestan'?"));
        assertEquals(
                "no border post 'upper_lar' in this scenario; did you mean 'upper_lars'?",
                ps.get(2).message());
    }

    @Test
    void theProtestsCapitalsMustBeRegionsOfTheScenario() throws IOException {
        List<Problem> ps = problems("protest: {capitalRegions: [moscow_city, saint_petersbrug]}");
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("protest.capitalRegions[1]", ps.get(0).yamlPath());
        assertTrue(ps.get(0).message().startsWith("no region 'saint_petersbrug' in this scenario; did you mean"));
    }

    @Test
    void everyEventNamingAPostOrRegionIsCheckedAtTheValueThatNamesIt() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-09-22, type: openPost, post: upper_lar}",
                "  - {date: 2022-09-22, type: setAdmissionRules, post: fi_vaalimaaa, footAllowed: true}",
                "  - {date: 2022-09-22, type: startRaids, regions: [dagestn, moscow_city, dagestn], channels: [raid],"
                        + " intensity: 1}");
        assertEquals(
                List.of("timeline[0].post", "timeline[1].post", "timeline[2].regions[0]", "timeline[2].regions[2]"),
                ps.stream().map(Problem::yamlPath).toList(),
                ps::toString);
        assertEquals(
                "no border post 'upper_lar' in this scenario; did you mean 'upper_lars'?",
                ps.get(0).message());
        assertEquals(
                "no border post 'fi_vaalimaaa' in this scenario; did you mean 'fi_vaalimaa'?",
                ps.get(1).message());
        assertTrue(ps.get(2).message().startsWith("no region 'dagestn' in this scenario; did you mean 'dagestan'?"));
        assertEquals(ps.get(2).message(), ps.get(3).message());
    }

    @Test
    void anEventOnChannelsNamesAtLeastOne() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-09-22, type: startRaids, channels: [], intensity: 1}",
                "  - {date: 2022-09-22, type: stopRaids, channels: []}");
        assertEquals(
                List.of("timeline[0].channels", "timeline[1].channels"),
                ps.stream().map(Problem::yamlPath).toList(),
                ps::toString);
        assertEquals("must name at least one channel to start", ps.get(0).message());
        assertEquals("must name at least one channel to stop", ps.get(1).message());
    }

    @Test
    void closePostsSelectorsMustSelectAPost() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-10-01, type: closePosts, country: Kazakstan}",
                "  - {date: 2022-10-01, type: openPosts, mode: foot}",
                "  - {date: 2022-10-01, type: closePosts, country: Turkey, mode: road}",
                "  - {date: 2022-10-01, type: closePosts, mode: air}",
                "  - {date: 2022-10-01, type: closePosts}");
        assertEquals(3, ps.size(), ps::toString);
        assertTrue(
                ps.get(0)
                        .message()
                        .startsWith("no border post to 'Kazakstan' in this scenario; did you mean " + "'Kazakhstan'?"),
                ps.get(0).message());
        assertEquals("timeline[1].mode", ps.get(1).yamlPath());
        assertEquals("no road post to Turkey in this scenario", ps.get(2).message());
    }

    @Test
    void unknownEventTypeAndEnumValues() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-09-22, type: announcewave}",
                "  - {date: 2022-09-22, type: addExemption, category: IT}",
                "  - {date: 2022-09-22, type: startRaids, channels: [raids], intensity: 1}");
        assertEquals(3, ps.size());
        assertTrue(ps.get(0).message().startsWith("unknown event type 'announcewave'; did you mean 'announceWave'?"));
        assertTrue(
                ps.get(1).message().startsWith("'IT' is not one of "), ps.get(1).message());
        assertTrue(
                ps.get(1).message().endsWith("; did you mean 'it'?"), ps.get(1).message());
        assertEquals("timeline[2].channels[0]", ps.get(2).yamlPath());
    }

    @Test
    void eventMissingAFieldAndUnknownEventKey() throws IOException {
        List<Problem> ps = problems("timeline:", "  - {date: 2022-09-22, type: setQuota, persons: 1, plandays: 3}");
        assertEquals(2, ps.size(), ps::toString);
        assertEquals("timeline[0].planDays", ps.get(0).yamlPath());
        assertEquals(
                "missing; expected a whole number between 1 and 1000 (Days the plan gives to fill the quota)",
                ps.get(0).message());
        assertEquals("unknown key; did you mean 'planDays'?", ps.get(1).message());
    }

    @Test
    void setParameterPathsAreCheckedAgainstTheScenario() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-09-22, type: setParameter, path: recruiters.channels.raid.intesity, value: 2}",
                "  - {date: 2022-09-22, type: setParameter, path: \"borders.posts[upper_lars].capacityPersonPerDay\", value: 2}",
                "  - {date: 2022-09-22, type: setParameter, path: protest.legitimacy, value: 2}",
                "  - {date: 2022-09-22, type: setParameter, path: recruiters.planDays, value: 3.5}",
                "  - {date: 2022-09-22, type: setParameter, path: population.scale, value: 3}",
                "  - {date: 2022-09-22, type: setParameter, path: recruiters.channels, value: 3}");
        assertEquals(6, ps.size(), ps::toString);
        assertEquals(
                "unknown parameter path 'recruiters.channels.raid.intesity'; did you mean "
                        + "'recruiters.channels.raid.intensity'?",
                ps.get(0).message());
        assertTrue(ps.get(1).message().endsWith("did you mean 'borders.posts[upper_lars].capacityPersonsPerDay'?"));
        assertEquals("timeline[2].value", ps.get(2).yamlPath());
        assertTrue(
                ps.get(2).message().startsWith("must be between 0 and 1"),
                ps.get(2).message());
        assertTrue(ps.get(3).message().startsWith("this parameter takes a whole number"));
        assertTrue(ps.get(4).message().contains("fixed for the whole run"));
        assertTrue(ps.get(5).message().contains("is a group of parameters"));
    }

    @Test
    void setParameterValuesPassTheRecordChecksInFiringOrder() throws IOException {
        Problem p = only(problems(
                "timeline:", "  - {date: 2022-09-22, type: setParameter, path: recruiters.targetAgeMin, value: 40}"));
        assertEquals("timeline[0].value", p.yamlPath());
        assertTrue(p.message().startsWith("targetAgeMax must be between 40 and 70"), p.message());
    }

    @Test
    void triggersNameAKnownMetricAndAnObservedScope() throws IOException {
        List<Problem> ps = problems(
                "timeline:",
                "  - {date: 2022-09-22, type: endQuota, when: {metric: queue_lenght, scope: all, above: 1}}",
                "  - {date: 2022-09-22, type: endQuota, when: {metric: queue_length, scope: \"post:upper_lar\", above: 1}}",
                "  - {date: 2022-09-22, type: endQuota, when: {metric: queue_length, scope: \"region:dagestan\", above: 1}}");
        assertEquals(3, ps.size());
        assertEquals(
                "unknown metric 'queue_lenght'; did you mean 'queue_length'?",
                ps.get(0).message());
        assertTrue(ps.get(1).message().startsWith("unknown scope 'post:upper_lar'; did you mean 'post:upper_lars'?"));
        assertTrue(ps.get(2).message().startsWith("metric 'queue_length' is not observed in scope 'region:dagestan'"));
    }

    @Test
    void outputNamesKnownMetricsAndScopes() throws IOException {
        List<Problem> ps = problems("output: {metrics: [mobilised], scopes: [\"country:Georgai\"], keep: 1}");
        assertEquals(3, ps.size(), ps::toString);
        assertEquals(
                "unknown metric 'mobilised'; did you mean 'mobilized'?",
                ps.get(0).message());
        assertTrue(ps.get(1).message().startsWith("unknown scope 'country:Georgai'; did you mean 'country:Georgia'?"));
        assertEquals("output.keep", ps.get(2).yamlPath());
    }

    @Test
    void duplicateKeysAreReportedWithTheFirstLine() throws IOException {
        Problem p = only(problems("seed: 1", "seed: 2"));
        assertEquals("key given twice in the same mapping (first on line 2); remove one", p.message());
        assertEquals(3, p.line());
    }

    @Test
    void postWithoutCoordinatesInTheTableNeedsThemInTheFile() throws IOException {
        Problem p = only(
                problems(
                        "borders: {posts: [{id: kz_all_crossings, capacityPersonsPerDay: 1, "
                                + "baselineTravellersPerDay: 1, priceRub: 1, open: true, rules: {touristVisaRefused: false, "
                                + "turnBackSummoned: false, summonsInQueue: false, footAllowed: true, visaRequired: false, nonResidentCarsBarred: false}}]}"));
        assertTrue(p.message().startsWith("border_posts.csv gives no coordinates for 'kz_all_crossings'"));
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrderAndNumbered() throws IOException {
        Path f = new ScenarioFiles(dir)
                .write(
                        "many.yaml",
                        ScenarioFiles.extending(
                                "seed: -1",
                                "protest: {legitimacy: 2, threshold: x}",
                                "decisions: {newsDelayDays: 2.5}",
                                "timeline: [{date: 2022-09-22, type: closePost, post: nowhere}]"));
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(f));
        assertEquals(5, e.problems().size(), e::format);
        for (int i = 1; i < e.problems().size(); i++) {
            assertTrue(e.problems().get(i - 1).line() <= e.problems().get(i).line());
        }
        String text = e.format();
        assertTrue(text.startsWith("5 problems in the scenario:"), text);
        assertTrue(text.contains("  1. ") && text.contains("  5. "), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), text);
    }

    @Test
    void unknownLibraryNameSuggestsTheClosest() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class, () -> ScenarioLibrary.shipped().load("partial-mobilisation-2022"));
        assertTrue(e.getMessage().contains("did you mean 'partial-mobilization-2022'?"), e.getMessage());
    }

    @Test
    void missingRegionsTablePointsAtTheReference() throws IOException {
        Problem p = only(problems("population: {regionsFile: region.csv}"));
        assertEquals("population.regionsFile", p.yamlPath());
        assertTrue(p.message().startsWith("data file 'region.csv' not found next to"), p.message());
    }

    @Test
    void regionOverrideForAnUnknownRegion() throws IOException {
        Problem p = only(problems("population: {regionOverrides: {dagestn: {avgWageRub: 30000}}}"));
        assertEquals("population.regionOverrides.dagestn", p.yamlPath());
        assertTrue(
                p.message().startsWith("unknown region id 'dagestn' in data/regions.csv; did you mean 'dagestan'?"),
                p.message());
    }

    @Test
    void missingFile() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class,
                () -> ScenarioLibrary.shipped().load(dir.resolve("absent.yaml").toString()));
        assertEquals("file not found", only(e.problems()).message());
    }
}
