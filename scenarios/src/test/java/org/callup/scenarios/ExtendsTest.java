package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extending file changes only what it names: maps merge, posts merge by id, events append or replace by id. */
class ExtendsTest {
    private static Scenario base;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBase() throws ScenarioException {
        base = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
    }

    private Scenario load(String... lines) throws IOException, ScenarioException {
        return new ScenarioFiles(dir)
                .load("child.yaml", ScenarioFiles.extending(lines))
                .scenario();
    }

    private static BorderPostSpec post(Scenario s, String id) {
        return s.borders().posts().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void nestedValuesMergeKeyByKey() throws IOException, ScenarioException {
        Scenario s = load("recruiters: {channels: {raid: {intensity: 2}}}");
        assertEquals(2.0, s.recruiters().channels().raid().intensity());
        assertEquals(
                base.recruiters().channels().raid().reach(),
                s.recruiters().channels().raid().reach());
        assertEquals(base.recruiters().planDays(), s.recruiters().planDays());
        assertEquals(base.protest(), s.protest());
    }

    @Test
    void nameDefaultsToTheFileNameAndIsNotInherited() throws IOException, ScenarioException {
        assertEquals("child", load("seed: 7").name());
    }

    @Test
    void postsMergeByIdAndNewIdsAreAppended() throws IOException, ScenarioException {
        Scenario s = load(
                "borders:",
                "  posts:",
                "    - {id: upper_lars, capacityPersonsPerDay: 100, rules: {footAllowed: true}}",
                "    - {id: kz_all_crossings, latitude: 51.0, longitude: 51.0, capacityPersonsPerDay: 1,",
                "       baselineTravellersPerDay: 1, priceRub: 1, stayLimitDays: 0, open: true, rules: {touristVisaRefused: false,",
                "       turnBackSummoned: false, summonsInQueue: false, footAllowed: true, visaRequired: false, nonResidentCarsBarred: false}}");
        BorderPostSpec lars = post(s, "upper_lars");
        assertEquals(100, lars.capacityPersonsPerDay());
        assertTrue(lars.rules().footAllowed());
        assertEquals(post(base, "upper_lars").priceRub(), lars.priceRub());
        assertEquals(
                post(base, "upper_lars").rules().summonsInQueue(), lars.rules().summonsInQueue());
        assertEquals(base.borders().posts().size() + 1, s.borders().posts().size());
        assertEquals(
                "kz_all_crossings",
                s.borders().posts().get(s.borders().posts().size() - 1).id());
        assertEquals(
                base.borders().posts().get(0).id(), s.borders().posts().get(0).id(), "order kept");
    }

    @Test
    void removePostsDropsPostsAndTheirEventsMustGoToo() throws IOException, ScenarioException {
        Scenario s = load("removePosts: [lv_terehova]", "removeEvents: [lv_visa_refusal]");
        assertEquals(base.borders().posts().size() - 1, s.borders().posts().size());
        List<Problem> ps =
                new ScenarioFiles(dir).problems("dangling.yaml", ScenarioFiles.extending("removePosts: [lv_terehova]"));
        assertEquals("no border post 'lv_terehova' in this scenario", ps.get(0).message());
        assertTrue(ps.get(0).file().endsWith("partial-mobilization-2022.yaml"), "the problem is in the parent's event");
    }

    @Test
    void childEventsAreAppendedInDateOrder() throws IOException, ScenarioException {
        Scenario s = load("timeline: [{id: extra, date: 2022-09-21, type: endQuota, note: extra}]");
        assertEquals(base.timeline().size() + 1, s.timeline().size());
        int announce = indexOf(s.timeline(), e -> e instanceof AnnounceWave);
        assertTrue(s.timeline().get(announce + 1) instanceof EndQuota, "same date: after the parent's event");
    }

    @Test
    void anEventWithAParentIdReplacesIt() throws IOException, ScenarioException {
        Scenario s = load(
                "timeline:",
                "  - {id: announce, date: 2022-09-21, type: announceWave, quotaPersons: 500000, planDays: 37,",
                "     alarm: 1.0, legitimacyDrop: 0.2}");
        assertEquals(base.timeline().size(), s.timeline().size());
        AnnounceWave w = (AnnounceWave) s.timeline().get(indexOf(s.timeline(), e -> e instanceof AnnounceWave));
        assertEquals(500_000, w.quotaPersons());
    }

    @Test
    void eventIdsPointAtTheirEventsInFiringOrderAcrossFiles() throws IOException, ScenarioException {
        ResolvedScenario r = new ScenarioFiles(dir)
                .load(
                        "child.yaml",
                        ScenarioFiles.extending("timeline:", "  - {id: early_end, date: 2022-09-22, type: endQuota}"));
        List<PolicyEvent> timeline = r.scenario().timeline();
        assertTrue(timeline.get(r.eventIndexById().get("announce")) instanceof AnnounceWave);
        assertTrue(timeline.get(r.eventIndexById().get("early_end")) instanceof EndQuota);
        List<Integer> positions = List.copyOf(r.eventIndexById().values());
        assertEquals(positions.stream().sorted().toList(), positions, "in firing order");
        assertEquals(
                java.util.Map.of(),
                ScenarioLibrary.shipped()
                        .loadText(r.resolvedYaml(), "again.yaml")
                        .eventIndexById(),
                "the resolved YAML keeps no ids");
    }

    @Test
    void removeEventsByIdOrAll() throws IOException, ScenarioException {
        Scenario s = load("removeEvents: [announce, declared_complete]");
        assertEquals(base.timeline().size() - 2, s.timeline().size());
        assertEquals(-1, indexOf(s.timeline(), e -> e instanceof AnnounceWave));
        assertEquals(List.of(), load("removeEvents: all").timeline());
    }

    @Test
    void removingAnUnknownIdSuggestsTheClosest() throws IOException {
        List<Problem> ps =
                new ScenarioFiles(dir).problems("c.yaml", ScenarioFiles.extending("removeEvents: [anounce]"));
        assertEquals(
                "the extended scenario has no event with id 'anounce'; did you mean 'announce'?",
                ps.get(0).message());
        assertEquals("removeEvents[0]", ps.get(0).yamlPath());
    }

    @Test
    void removeWithoutExtendsIsAnError() throws IOException, ScenarioException {
        String resolved = ScenarioLibrary.shipped().load("smoke").resolvedYaml();
        List<Problem> ps = new ScenarioFiles(dir).problems("r.yaml", resolved + "removeEvents: all\n");
        assertTrue(ps.get(0).message().startsWith("only a file that extends another can remove"));
    }

    @Test
    void extendsAFileRelativeToTheExtendingFile() throws IOException, ScenarioException {
        ScenarioFiles files = new ScenarioFiles(dir);
        files.write("middle.yaml", ScenarioFiles.extending("seed: 42", "protest: {legitimacy: 0.5}"));
        Scenario s = files.load("leaf.yaml", "extends: middle.yaml\nprotest: {threshold: 0.2}\n")
                .scenario();
        assertEquals(42, s.seed());
        assertEquals(0.5, s.protest().legitimacy());
        assertEquals(0.2, s.protest().threshold());
        assertEquals("leaf", s.name());
    }

    @Test
    void cyclesAreDetected() throws IOException {
        ScenarioFiles files = new ScenarioFiles(dir);
        files.write("a.yaml", "extends: b.yaml\n");
        Path b = files.write("b.yaml", "extends: a.yaml\n");
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(b));
        assertTrue(e.getMessage().contains("'extends' goes round in a cycle"), e.getMessage());
        Path self = files.write("self.yaml", "extends: self.yaml\n");
        assertThrows(ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(self));
    }

    @Test
    void unknownParentIsReported() throws IOException {
        List<Problem> ps = new ScenarioFiles(dir).problems("c.yaml", "extends: partial-mobilisation-2022\n");
        assertTrue(
                ps.get(0)
                        .message()
                        .startsWith("no library scenario named 'partial-mobilisation-2022'; did you mean "
                                + "'partial-mobilization-2022'?"),
                ps.get(0).message());
        List<Problem> missing = new ScenarioFiles(dir).problems("d.yaml", "extends: nowhere.yaml\n");
        assertEquals(
                "cannot extend 'nowhere.yaml': file not found", missing.get(0).message());
    }

    @Test
    void problemsInTheParentNameTheParentFile() throws IOException {
        ScenarioFiles files = new ScenarioFiles(dir);
        files.write("parent.yaml", ScenarioFiles.extending("protest: {legitimacy: 3}"));
        List<Problem> ps = files.problems("kid.yaml", "extends: parent.yaml\n");
        assertTrue(ps.get(0).file().endsWith("parent.yaml"), ps::toString);
        assertEquals("protest.legitimacy", ps.get(0).yamlPath());
    }

    @Test
    void aChildMayGiveItsOwnRegionsTable() throws IOException, ScenarioException {
        ScenarioFiles files = new ScenarioFiles(dir);
        files.write("two-regions.csv", """
                id,name,population_total,share_urban_pct,approx_centroid_lat,approx_centroid_lon,ethnic_republic,avg_nominal_wage_rub
                north_caucasian_fd_rest,"North, with a comma",1000000,50,43.7,44.8,mixed,
                moscow_city,Moscow,2000000,,55.7,37.6,false,99500
                """);
        Scenario s = files.load(
                        "few.yaml",
                        ScenarioFiles.extending(
                                "population: {regionsFile: two-regions.csv, regionOverrides: {}}",
                                "removePosts: [kz_karauzek, kz_mashtakovo_syrym, kz_ozinki, kz_sagarchin_zhaisan, kz_bugristoye,",
                                "  kz_petropavl_side, mn_kyakhta_altanbulag, fi_vaalimaa, fi_nuijamaa, ee_narva, lv_terehova,",
                                "  no_storskog, by_open_border, az_yarag_kazmalyar]",
                                "protest: {capitalRegions: [moscow_city]}",
                                "removeEvents: all"))
                .scenario();
        assertEquals(2, s.population().regions().size());
        assertEquals("North, with a comma", s.population().regions().get(0).name());
        assertEquals(0.5, s.population().regions().get(0).urbanShare());
        assertEquals(64191, s.population().regions().get(0).avgWageRub());
    }

    private static int indexOf(List<PolicyEvent> events, java.util.function.Predicate<PolicyEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theDefaultIsNotChangedByLoadingAChild() throws IOException, ScenarioException {
        load("seed: 99");
        assertFalse(ScenarioLibrary.shipped()
                        .load(ScenarioLibrary.DEFAULT)
                        .scenario()
                        .seed()
                == 99);
    }
}
