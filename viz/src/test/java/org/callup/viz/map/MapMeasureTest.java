package org.callup.viz.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class MapMeasureTest {
    @Test
    void aShareIsOfTheRegionsMenInEveryState() throws Exception {
        Scenario s = ScenarioLibrary.shipped().load("smoke").scenario();
        ObservationSpace space = new ObservationSpace(s);
        double[] v = new double[space.size()];
        int region = space.regionScope(0);
        v[space.index(Metric.of(CitizenState.NORMAL), region)] = 900;
        v[space.index(Metric.of(CitizenState.ABROAD), region)] = 60;
        v[space.index(Metric.of(CitizenState.HIDING), region)] = 40;
        v[space.index(Metric.MOBILIZED_CUMULATIVE, region)] = 25;
        DayObservation day = new DayObservation(space, 0, LocalDate.of(2022, 9, 21), v);

        assertEquals(0.06, MapMeasure.ABROAD.share(day, region), 1e-12);
        assertEquals(0.04, MapMeasure.HIDING.share(day, region), 1e-12);
        assertEquals(0.025, MapMeasure.MOBILIZED.share(day, region), 1e-12);
        assertEquals(0.0, MapMeasure.NOTIFIED.share(day, space.regionScope(1)), "no men, no share");
    }

    @Test
    void theColourScaleRunsFromPaleToDark() {
        assertEquals(new java.awt.Color(0xFFFFCC), ShareColours.at(0));
        assertEquals(new java.awt.Color(0x800026), ShareColours.at(1));
        assertEquals(ShareColours.at(1), ShareColours.at(7), "clamped");
    }
}
