package org.callup.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.callup.model.UnitScenarios;
import org.junit.jupiter.api.Test;

/** Reading and replacing values inside the immutable parameter records by dotted paths. */
class ParamPathsTest {
    private final Scenario s = UnitScenarios.scenario(100_000, 10, UnitScenarios.START.plusDays(10), List.of());

    @Test
    void getReadsNestedValuesAndListItemsById() {
        assertEquals(0.6, ParamPaths.get(s, "protest.legitimacy"));
        assertEquals(0.8, ParamPaths.get(s, "recruiters.channels.address.reach"));
        assertEquals(7000.0, ParamPaths.get(s, "borders.posts[upper_lars].capacityPersonsPerDay"));
        assertEquals(PostMode.AIR, ParamPaths.get(s, "borders.posts[air_yerevan].mode"));
        assertEquals(28_700.0, ParamPaths.get(s, "population.regions[dagestan].avgWageRub"));
        assertEquals(false, ParamPaths.get(s, "borders.posts[upper_lars].rules.footAllowed"));
        assertEquals(s.protest(), ParamPaths.get(s, "protest"));
    }

    @Test
    void setReturnsACopyWithOneValueReplaced() {
        Scenario t = ParamPaths.set(s, "recruiters.channels.raid.intensity", 2.0);
        assertEquals(2.0, t.recruiters().channels().raid().intensity());
        assertEquals(0.0, s.recruiters().channels().raid().intensity(), "the original is unchanged");
        assertEquals(
                s.recruiters().channels().address(), t.recruiters().channels().address());
        assertEquals(s.protest(), t.protest());
        assertNotSame(s, t);

        Scenario u = ParamPaths.set(s, "borders.posts[kz_ozinki].rules.touristVisaRefused", true);
        assertTrue(u.borders().posts().get(1).rules().touristVisaRefused());
        assertFalse(u.borders().posts().get(0).rules().touristVisaRefused());
        assertEquals(s.borders().posts().get(0), u.borders().posts().get(0));

        Scenario v = ParamPaths.set(s, "population.regions[volga_fd_rest].urbanShare", 0.5);
        assertEquals(0.5, v.population().regions().get(2).urbanShare());
        assertEquals(s.population().regions().get(0), v.population().regions().get(0));
    }

    @Test
    void valuesAreConvertedToTheTypeOfTheLeaf() {
        assertEquals(
                25, ParamPaths.set(s, "recruiters.planDays", 25).recruiters().planDays());
        assertEquals(
                25, ParamPaths.set(s, "recruiters.planDays", 25L).recruiters().planDays());
        assertEquals(
                120_000L,
                ParamPaths.set(s, "recruiters.nationalQuotaPersons", 120_000)
                        .recruiters()
                        .nationalQuotaPersons());
        assertEquals(
                3.0, ParamPaths.set(s, "protest.arrestConstantK", 3).protest().arrestConstantK());
        assertEquals(
                PostMode.RAIL,
                ParamPaths.set(s, "borders.posts[kz_ozinki].mode", "rail")
                        .borders()
                        .posts()
                        .get(1)
                        .mode());
    }

    @Test
    void wholeNumberParametersRefuseFractions() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "recruiters.planDays", 1.5));
        assertTrue(
                e.getMessage().contains("recruiters.planDays") && e.getMessage().contains("whole number"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "recruiters.nationalQuotaPersons", 0.5));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "protest.legitimacy", "high"));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "borders.posts[kz_ozinki].open", 1));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "borders.posts[kz_ozinki].mode", "boat"));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "protest.legitimacy", null));
    }

    @Test
    void unknownNamesAndIdsAreErrorsThatSayWhere() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "protest.legitimacyy", 0.5));
        assertTrue(e.getMessage().contains("legitimacyy") && e.getMessage().contains("ProtestParams"), e.getMessage());
        for (String valid : List.of("legitimacy", "threshold", "arrestConstantK", "attackChancePerDay")) {
            assertTrue(e.getMessage().contains(valid), "the error should name the valid parameters: " + e.getMessage());
        }
        e = assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, "recruiters.channels.sms.reach"));
        assertTrue(e.getMessage().contains("sms") && e.getMessage().contains("Channels"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> ParamPaths.set(s, "borders.posts[narnia].capacityPersonsPerDay", 1.0));
        assertTrue(e.getMessage().contains("narnia"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, "borders.posts[narnia]"));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, "protest.legitimacy.more"));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, "protest[x]"));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, ""));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.get(s, "borders.posts[upper_lars"));
    }

    @Test
    void valuesOutOfRangeAreRefusedByTheRecordsOwnValidation() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "protest.legitimacy", 1.5));
        assertTrue(
                e.getMessage().startsWith("'protest.legitimacy': legitimacy must be between 0.0 and 1.0"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "population.tiesPerCitizen", 3));
        assertThrows(IllegalArgumentException.class, () -> ParamPaths.set(s, "recruiters.targetAgeMax", 17));
    }

    @Test
    void leavesListEveryScalarOutsideLists() {
        Set<String> paths = ParamPaths.leaves(Scenario.class).stream()
                .map(ParamPaths.Leaf::path)
                .collect(Collectors.toSet());
        assertTrue(paths.contains("protest.legitimacy"));
        assertTrue(paths.contains("recruiters.channels.facial.reachHiding"));
        assertTrue(paths.contains("recruiters.exemptions.stateMedia"));
        assertTrue(paths.contains("seed"));
        assertFalse(paths.stream().anyMatch(p -> p.contains("posts") || p.contains("regions")), "list items are by id");
        for (ParamPaths.Leaf leaf : ParamPaths.leaves(Scenario.class)) {
            assertTrue(leaf.param() != null, leaf.path() + " has no @Param");
            Object v = ParamPaths.get(s, leaf.path());
            assertEquals(
                    v, ParamPaths.get(ParamPaths.set(s, leaf.path(), v), leaf.path()), "round trip of " + leaf.path());
        }
    }
}
