package org.callup.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;
import org.callup.model.params.PostNames;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** Events without a note describe themselves in a reader's words: posts by display name, parameters by label. */
class EventWordingTest {
    private static final LocalDate D = UnitScenarios.START;
    private static final Scenario S = UnitScenarios.scenario(100_000, 50, D.plusDays(9), List.of());

    @Test
    void setParameterNamesTheParameterByItsDocAndRoundsTheValue() {
        assertEquals(
                "Targeting weight of reservists set to 0",
                new SetParameter(D, null, "", "recruiters.priorServiceWeight", 0.0).label(S));
        assertEquals(
                "Oldest private or sergeant targeted set to 27",
                new SetParameter(D, null, null, "recruiters.targetAgeMax", 27).label(S));
        assertEquals(
                "Upper Lars: persons the post can process per day set to 3,500",
                new SetParameter(D, null, "", "borders.posts[upper_lars].capacityPersonsPerDay", 3500.0).label(S));
        assertEquals(
                "Mean anti-war conviction set to 0.3333",
                new SetParameter(D, null, "", "citizens.antiWarMean", 1.0 / 3).describe(S));
        assertEquals("a note wins", new SetParameter(D, null, "a note wins", "recruiters.targetAgeMax", 27).label(S));
        assertEquals(
                "set recruiters.targetAgeMax = 27",
                new SetParameter(D, null, "", "recruiters.targetAgeMax", 27).describe(),
                "the raw form stays");
    }

    @Test
    void valuesAreWrittenAsAReaderWould() {
        assertEquals("0", EventWording.value(0.0));
        assertEquals("1", EventWording.value(1.0));
        assertEquals("120,000", EventWording.value(120000.00000000001));
        assertEquals("0.25", EventWording.value(0.25));
        assertEquals("0.3333", EventWording.value(1.0 / 3));
        assertEquals("0.0001315", EventWording.value(0.00013148));
        assertEquals("yes", EventWording.value(true));
        assertEquals("raid", EventWording.value("raid"));
    }

    @Test
    void postEventsNameThePostByItsDisplayName() {
        assertEquals(
                "Upper Lars: summons served in the queue, pedestrians admitted",
                new SetAdmissionRules(D, null, "", "upper_lars", null, null, true, true, null, null).label(S));
        assertEquals("Ozinki closes", new ClosePost(D, null, "", "kz_ozinki").label(S));
        assertEquals("Flights to Armenia opens", new OpenPost(D, null, "", "air_yerevan").label(S));
        assertEquals("No such post closes", new ClosePost(D, null, "", "no_such_post").label(S));
    }

    @Test
    void theDisplayNameIsTheRussianSideOfTheTablesName() {
        BorderPostSpec lars = UnitScenarios.posts().get(0);
        BorderPostSpec named = new BorderPostSpec(
                lars.id(),
                "Upper Lars (RU) - Dariali/Larsi (GE)",
                "Georgia",
                PostMode.ROAD,
                lars.latitude(),
                lars.longitude(),
                lars.regionId(),
                lars.capacityPersonsPerDay(),
                lars.baselineTravellersPerDay(),
                lars.priceRub(),
                lars.stayLimitDays(),
                true,
                lars.rules());
        assertEquals("Upper Lars", PostNames.display(named));
        assertEquals(
                "Omsk/Kurgan posts toward Petropavl",
                PostNames.shortName("Omsk/Kurgan posts toward Petropavl"),
                "never cut");
        assertEquals("Kazakhstan", PostNames.shortName("Kazakhstan, all road/rail posts"));
    }
}
