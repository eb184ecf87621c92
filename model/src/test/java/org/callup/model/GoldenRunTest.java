package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AddExemption;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.StartRaids;
import org.junit.jupiter.api.Test;

/**
 * A small golden run: a fixed scenario and seed whose totals are recorded in {@code golden/small-run.properties}.
 * Any change to the model's rules or to its random streams changes them; a change that is meant to keep results
 * (an optimisation) must not. How to update the file after a deliberate change is written at its top.
 */
class GoldenRunTest {
    private static final String RESOURCE = "/golden/small-run.properties";

    static Scenario goldenScenario() {
        LocalDate d = UnitScenarios.START;
        List<PolicyEvent> t = List.of(
                new AnnounceWave(d.plusDays(7), null, "", 60_000, 30, 1.0, 0.2),
                new AddExemption(d.plusDays(9), null, "", ExemptionCategory.IT),
                new AddExemption(d.plusDays(10), null, "", ExemptionCategory.STUDENTS),
                new StartRaids(
                        d.plusDays(10),
                        null,
                        "",
                        List.of("dagestan", "moscow_city"),
                        List.of(Channel.RAID, Channel.FACIAL),
                        1.0),
                new StartRaids(d.plusDays(12), null, "", List.of(), List.of(Channel.BORDER), 1.0),
                new SetAdmissionRules(d.plusDays(12), null, "", "upper_lars", null, true, true, true, null, null),
                new SetAdmissionRules(d.plusDays(14), null, "", "kz_ozinki", true, null, null, null, null, null),
                new StartRaids(d.plusDays(20), null, "", List.of("volga_fd_rest"), List.of(Channel.ELECTRONIC), 1.0),
                new ClosePost(d.plusDays(30), null, "", "air_yerevan"),
                new EndQuota(d.plusDays(37), null, ""));
        Scenario s = UnitScenarios.scenario(2_000_000, 50, d.plusDays(49), t);
        s = UnitScenarios.with(s, "protest.attackThreshold", 0.25);
        s = UnitScenarios.with(s, "protest.activationRatePerDay", 0.3);
        s = UnitScenarios.with(s, "protest.capitalRegions", List.of("moscow_city"));
        s = UnitScenarios.with(s, "protest.capitalPolicePer1000Residents", 0.5);
        s = UnitScenarios.with(s, "protest.hardshipPerShareSummoned", 5.0);
        return UnitScenarios.with(s, "protest.attackChancePerDay", 0.002);
    }

    /** Totals over the run of every flow, end-of-run stocks, and the last air fare. */
    static Map<String, String> totals(List<DayObservation> days) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            if (m.kind() == Metric.Kind.FLOW) {
                double sum = days.stream().mapToDouble(o -> o.all(m)).sum();
                out.put("total." + m.key(), String.valueOf(Math.round(sum)));
            }
        }
        DayObservation last = days.get(days.size() - 1);
        for (CitizenState s : CitizenState.values()) {
            out.put("end." + Metric.of(s).key(), String.valueOf(Math.round(last.all(Metric.of(s)))));
        }
        out.put("end.mobilized_cumulative", String.valueOf(Math.round(last.all(Metric.MOBILIZED_CUMULATIVE))));
        out.put(
                "end.air_price_rub.air_yerevan",
                String.format(java.util.Locale.ROOT, "%.2f", last.get(Metric.AIR_PRICE_RUB, "post:air_yerevan")));
        out.put(
                "max.queue_wait_hours.upper_lars",
                String.format(
                        java.util.Locale.ROOT,
                        "%.4f",
                        days.stream()
                                .mapToDouble(o -> o.get(Metric.QUEUE_WAIT_HOURS, "post:upper_lars"))
                                .max()
                                .orElse(0)));
        return out;
    }

    @Test
    void theSmallRunReproducesItsRecordedTotals() throws IOException {
        List<DayObservation> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(goldenScenario(), 2);
        m.addSink(days::add);
        m.runToEnd();
        Map<String, String> actual = totals(days);

        Properties expected = new Properties();
        try (InputStream in = GoldenRunTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is missing; its contents would be:\n" + format(actual));
            expected.load(in);
        }
        StringBuilder diff = new StringBuilder();
        for (Map.Entry<String, String> e : actual.entrySet()) {
            String want = expected.getProperty(e.getKey());
            if (!e.getValue().equals(want)) {
                diff.append(String.format("  %s: recorded %s, now %s%n", e.getKey(), want, e.getValue()));
            }
        }
        for (String key : expected.stringPropertyNames()) {
            if (!actual.containsKey(key)) {
                diff.append(String.format("  %s: recorded %s, no longer computed%n", key, expected.getProperty(key)));
            }
        }
        assertEquals(
                "",
                diff.toString(),
                "the golden run changed:\n" + diff
                        + "If the change is deliberate, replace the values in model/src/test/resources" + RESOURCE
                        + " with:\n" + format(actual));
    }

    static String format(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }
}
