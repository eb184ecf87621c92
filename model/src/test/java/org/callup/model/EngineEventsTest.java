package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSink;
import org.callup.model.params.Channel;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.Scenario;
import org.callup.model.params.StagingParams;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.ReviewDrafts;
import org.callup.model.timeline.SetParameter;
import org.callup.model.timeline.SetQuota;
import org.callup.model.timeline.StartRaids;
import org.callup.model.timeline.Trigger;
import org.junit.jupiter.api.Test;

/** What the engine does with events: when they fire, the alarm a wave raises and its half-life, quotas and raids. */
class EngineEventsTest {
    private static final LocalDate START = UnitScenarios.START;

    /** Records the days on which events fired and the daily observations. */
    private static final class Recorder implements ObservationSink {
        final List<Integer> firedDays = new ArrayList<>();
        final List<PolicyEvent> fired = new ArrayList<>();
        final List<DayObservation> days = new ArrayList<>();

        @Override
        public void eventFired(int day, LocalDate date, PolicyEvent event) {
            firedDays.add(day);
            fired.add(event);
            assertEquals(START.plusDays(day), date);
        }

        @Override
        public void accept(DayObservation observation) {
            days.add(observation);
        }

        int dayOf(PolicyEvent e) {
            return firedDays.get(fired.indexOf(e));
        }
    }

    private static Recorder run(Scenario s) {
        Recorder rec = new Recorder();
        MobilizationModel m = new MobilizationModel(s, 1);
        m.addSink(rec);
        m.runToEnd();
        return rec;
    }

    private static Scenario scenario(int days, List<PolicyEvent> events) {
        return UnitScenarios.scenario(200_000, 20, START.plusDays(days - 1), events);
    }

    @Test
    void aWaveAnnouncedBeforeTheStartFiresOnDayZeroAndItsAlarmHalvesEveryHalfLife() {
        AnnounceWave wave = new AnnounceWave(START.minusDays(10), null, "", 20_000, 30, 0.8, 0.1);
        Scenario s = scenario(25, List.of(wave));
        double halfLife = s.decisions().alarmHalfLifeDays();
        MobilizationModel m = new MobilizationModel(s, 1);
        Recorder rec = new Recorder();
        m.addSink(rec);
        m.start();
        for (int day = 0; day < 25; day++) {
            m.engine().stepDay();
            assertEquals(0.8 * Math.pow(0.5, day / halfLife), m.engine().alarm(), 1e-12, "alarm after day " + day);
        }
        m.finish();
        assertEquals(List.of(0), rec.firedDays);
        assertEquals(s.protest().legitimacy() - 0.1, m.params().protest().legitimacy(), 1e-12);
        assertEquals(20_000, rec.days.get(0).all(Metric.QUOTA), 1e-6);
        assertTrue(rec.days.get(0).all(Metric.SUMMONS_DELIVERED) > 0, "summons from the first day of the wave");
    }

    @Test
    void aConditionalEventFiresTheDayAfterItsTriggerHoldsAndOnlyOnce() {
        AnnounceWave wave = new AnnounceWave(START.plusDays(2), null, "", 20_000, 30, 1.0, 0.1);
        EndQuota end = new EndQuota(START, new Trigger("mobilized_cumulative", "all", 1000), "");
        Recorder rec = run(scenario(40, List.of(wave, end)));
        int first = -1;
        for (DayObservation d : rec.days) {
            if (d.all(Metric.MOBILIZED_CUMULATIVE) > 1000) {
                first = d.day();
                break;
            }
        }
        assertTrue(first >= 2, "the trigger should be reached after the wave starts");
        assertEquals(List.of(2, first + 1), rec.firedDays);
        assertEquals(first + 1, rec.dayOf(end));
        for (DayObservation d : rec.days) {
            if (d.day() > first) {
                assertEquals(
                        0,
                        d.all(Metric.SUMMONS_DELIVERED),
                        "no summons once the quota is declared complete, day " + d.day());
                assertEquals(0, d.all(Metric.RAID_DETENTIONS), "no pursuit either, day " + d.day());
            }
        }
    }

    @Test
    void aReviewOfDraftsSlowsCommissariatsAfterItsLagForItsDaysThenPressureCatchesUp() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 20_000, 30, 1.0, 0.1);
        ReviewDrafts review = new ReviewDrafts(START.plusDays(3), null, "");
        Scenario base = scenario(14, List.of(wave));
        Scenario withReview = ParamPaths.set(
                scenario(14, List.of(wave, review)), "recruiters.review", new ReviewParams(1, 4, 0.2, 0.5));
        Recorder twin = run(base);
        Recorder rec = run(withReview);
        assertEquals(3, rec.dayOf(review));
        for (int day = 0; day < 14; day++) {
            double cap = rec.days.get(day).all(Metric.SUMMONS_CAPACITY);
            double twinCap = twin.days.get(day).all(Metric.SUMMONS_CAPACITY);
            double delivered = rec.days.get(day).all(Metric.SUMMONS_DELIVERED);
            double twinDelivered = twin.days.get(day).all(Metric.SUMMONS_DELIVERED);
            if (day < 4) {
                assertEquals(twinCap, cap, 1e-9, "nothing changes before the lag has passed, day " + day);
                assertEquals(twinDelivered, delivered, "day " + day);
            } else if (day < 8) {
                assertTrue(
                        cap < 0.5 * twinCap,
                        "capacity cut while reviewing, day " + day + ": " + cap + " vs " + twinCap);
                assertTrue(delivered < 0.6 * twinDelivered, "fewer summons while reviewing, day " + day);
            } else {
                assertTrue(
                        cap >= twinCap, "behind plan after the review: at least the capacity of the twin, day " + day);
            }
        }
    }

    @Test
    void aNewQuotaAfterTheDeclaredEndRestartsDelivery() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 20_000, 30, 1.0, 0.1);
        EndQuota end = new EndQuota(START.plusDays(10), null, "");
        SetQuota again = new SetQuota(START.plusDays(20), null, "", 5_000, 20);
        Recorder rec = run(scenario(30, List.of(wave, end, again)));
        for (DayObservation d : rec.days) {
            double summons = d.all(Metric.SUMMONS_DELIVERED);
            if (d.day() >= 10 && d.day() < 20) {
                assertEquals(0, summons, "day " + d.day());
            }
        }
        assertTrue(rec.days.get(20).all(Metric.SUMMONS_DELIVERED) > 0, "the new quota's plan starts on its day");
        assertEquals(5_000, rec.days.get(20).all(Metric.QUOTA), 1e-6);
    }

    @Test
    void raidsStartedInOneRegionServeSummonsOnlyThere() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 20_000, 30, 1.0, 0.1);
        StartRaids raids = new StartRaids(START.plusDays(3), null, "", List.of("dagestan"), List.of(Channel.RAID), 2.0);
        Recorder rec = run(scenario(12, List.of(wave, raids)));
        double dagestan = 0;
        for (DayObservation d : rec.days) {
            if (d.day() < 3) {
                assertEquals(0, d.all(Metric.SUMMONS_DELIVERED_RAID), "no raids before they start");
            }
            dagestan += d.get(Metric.SUMMONS_DELIVERED_RAID, "region:dagestan");
            assertEquals(0, d.get(Metric.SUMMONS_DELIVERED_RAID, "region:moscow_city"));
            assertEquals(0, d.get(Metric.SUMMONS_DELIVERED_RAID, "region:volga_fd_rest"));
        }
        assertTrue(dagestan > 0, "raids in Dagestan served summons");
    }

    @Test
    void setParameterTakesEffectOnItsDate() {
        SetParameter p = new SetParameter(START.plusDays(4), null, "", "protest.legitimacy", 0.3);
        Scenario s = scenario(8, List.of(p));
        MobilizationModel m = new MobilizationModel(s, 1);
        m.start();
        for (int day = 0; day < 8; day++) {
            m.engine().stepDay();
            assertEquals(day < 4 ? 0.6 : 0.3, m.params().protest().legitimacy(), "legitimacy after day " + day);
        }
        m.finish();
    }

    private static double sum(Recorder rec, Metric m, int from, int to) {
        double total = 0;
        for (int day = from; day < to; day++) {
            total += rec.days.get(day).all(m);
        }
        return total;
    }

    /** Staged quotas: the regions get the first share until the rest is given, and the quota then rises to the whole. */
    @Test
    void stagedQuotasGiveTheFirstShareThenTheRest() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 20_000, 30, 1.0, 0.1);
        Scenario s = ParamPaths.set(scenario(20, List.of(wave)), "recruiters.staging", new StagingParams(0.4, 10));
        Recorder rec = run(s);
        for (int day = 0; day < 20; day++) {
            double expected = day < 10 ? 8_000 : 20_000;
            assertEquals(expected, rec.days.get(day).all(Metric.QUOTA), 1e-6, "quota on day " + day);
        }
        double firstStage = sum(rec, Metric.MOBILIZED, 0, 10);
        assertTrue(firstStage <= 8_000 * 1.05, "the first stage binds: " + firstStage + " mobilized by day 10");
        assertTrue(sum(rec, Metric.MOBILIZED, 10, 20) > 0, "delivery resumes when the rest is given");
    }

    /**
     * A region whose quota is met closes its call-up: its outstanding summonses lapse (counted), no man reports after
     * that, and no more are mobilized than the quota by more than those who report on the day it is met.
     */
    @Test
    void theQuotaBindsAndOutstandingSummonsesLapseWhenARegionIsDone() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 2_000, 30, 1.0, 0.1);
        Recorder rec = run(scenario(30, List.of(wave)));
        double mobilized = sum(rec, Metric.MOBILIZED, 0, 30);
        assertTrue(mobilized >= 0.9 * 2_000 && mobilized <= 1.05 * 2_000, "the quota binds: " + mobilized);
        assertTrue(sum(rec, Metric.SUMMONS_LAPSED, 0, 30) > 0, "summonses held when the quota was met lapse");
        DayObservation last = rec.days.get(29);
        assertEquals(0, last.all(Metric.NOTIFIED), "no summons outstanding once the call-up is closed");
    }

    /** A reporting lag shifts the counted series by its days and changes nothing else: the men are taken as before. */
    @Test
    void aReportingLagShiftsTheCountedSeriesAndNothingElse() {
        AnnounceWave wave = new AnnounceWave(START, null, "", 20_000, 30, 1.0, 0.1);
        Scenario base = scenario(20, List.of(wave));
        Recorder twin = run(base);
        Recorder rec = run(ParamPaths.set(base, "recruiters.reportingLagDays", 3));
        for (int day = 0; day < 20; day++) {
            double expected = day < 3 ? 0 : twin.days.get(day - 3).all(Metric.MOBILIZED);
            assertEquals(expected, rec.days.get(day).all(Metric.MOBILIZED), 1e-9, "counted on day " + day);
            assertEquals(
                    twin.days.get(day).all(Metric.STATE_MOBILIZED),
                    rec.days.get(day).all(Metric.STATE_MOBILIZED),
                    1e-9,
                    "men in the state mobilized on day " + day);
        }
        assertTrue(sum(twin, Metric.MOBILIZED, 0, 17) > 0, "the twin mobilizes men");
    }
}
