package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mechanism of the brief leaves a trace in the observations of a call-up with every channel active. */
class MechanismsVisibleTest {
    private static final List<DayObservation> DAYS = new ArrayList<>();

    @BeforeAll
    static void run() {
        MobilizationModel m = new MobilizationModel(TestScenarios.everyChannel(100, LocalDate.of(2022, 11, 30)), 2);
        m.addSink(DAYS::add);
        m.runToEnd();
    }

    private static double total(Metric m, String scope) {
        return DAYS.stream().mapToDouble(d -> d.get(m, scope)).sum();
    }

    private static double peak(Metric m, String scope) {
        return DAYS.stream().mapToDouble(d -> d.get(m, scope)).max().orElse(0);
    }

    @ParameterizedTest
    @EnumSource(
            value = Metric.class,
            names = {
                "MOBILIZED",
                "EMIGRANTS",
                "CROSSINGS_OUT",
                "RETURNED_FROM_ABROAD",
                "SUMMONS_DELIVERED",
                "SUMMONS_DELIVERED_ADDRESS",
                "SUMMONS_DELIVERED_WORKPLACE",
                "SUMMONS_DELIVERED_RAID",
                "SUMMONS_DELIVERED_FACIAL",
                "SUMMONS_DELIVERED_ELECTRONIC",
                "SUMMONS_DELIVERED_BORDER",
                "SUMMONS_MISTAKEN",
                "RAID_DETENTIONS",
                "TURNED_BACK",
                "PROTESTERS",
                "STATE_ACTIVE",
                "PROTEST_ARRESTS",
                "OFFICE_ATTACKS",
                "MISTAKEN_DRAFTS_RETURNED",
                "DEFERRALS_GRANTED",
                "MOBILIZED_WITHOUT_SERVICE",
                "DEPLOYMENTS"
            })
    void flowHappens(Metric m) {
        assertTrue(total(m, "all") > 0, m.key() + " never happened");
    }

    @ParameterizedTest
    @EnumSource(
            value = Metric.class,
            names = {
                "STATE_NOTIFIED",
                "STATE_HIDING",
                "STATE_TRAVELLING",
                "STATE_QUEUEING",
                "STATE_ABROAD",
                "STATE_MOBILIZED",
                "STATE_DEPLOYED",
                "STATE_DEFERRED",
                "STATE_DETAINED",
                "STATE_ARRESTED",
                "STATE_RETURNED",
                "QUEUE_LENGTH",
                "QUEUE_WAIT_HOURS",
                "QUOTA",
                "MOBILIZED_CUMULATIVE"
            })
    void stockIsReached(Metric m) {
        assertTrue(peak(m, "all") > 0, m.key() + " was always zero");
    }

    @Test
    void nothingHappensBeforeTheAnnouncement() {
        for (DayObservation d : DAYS) {
            if (d.date().isBefore(TestScenarios.ANNOUNCEMENT)) {
                assertEquals(0, d.all(Metric.EMIGRANTS), "emigrants on " + d.date());
                assertEquals(0, d.all(Metric.SUMMONS_DELIVERED), "summons on " + d.date());
                assertTrue(d.all(Metric.CROSSINGS_OUT) > 0, "ordinary traffic on " + d.date());
            }
        }
    }

    @Test
    void airFaresRiseAfterTheAnnouncement() {
        assertTrue(peak(Metric.AIR_PRICE_RUB, "post:air_yerevan") > 3 * 9000, "fares should rise several times");
    }

    @Test
    void closedPostCarriesNobody() {
        for (DayObservation d : DAYS) {
            if (!d.date().isBefore(LocalDate.of(2022, 10, 10))) {
                assertEquals(0, d.get(Metric.CROSSINGS_OUT, "post:air_yerevan"), "crossings on " + d.date());
            }
        }
    }

    @Test
    void mobilizationStopsAfterTheDeclaredEnd() {
        double late = DAYS.stream()
                .filter(d -> d.date().isAfter(LocalDate.of(2022, 11, 5)))
                .mapToDouble(d -> d.all(Metric.SUMMONS_DELIVERED))
                .sum();
        assertEquals(0, late, "no summons after the quota is declared complete");
    }
}
