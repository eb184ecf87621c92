package org.callup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PostMode;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AddExemption;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.StartRaids;

/**
 * A small scenario (four regions, four posts) for the model's tests: the scenario of {@link UnitScenarios} with a
 * whole country's reserve, Buryatia and the Finnish border added, and the values below changed.
 */
public final class TestScenarios {
    private TestScenarios() {}

    public static final LocalDate START = UnitScenarios.START;
    public static final LocalDate ANNOUNCEMENT = LocalDate.of(2022, 9, 21);

    public static List<RegionSpec> regions() {
        List<RegionSpec> out = new ArrayList<>(UnitScenarios.regions());
        out.add(new RegionSpec("buryatia", "Buryatia", 978_588, 53.8, 109.333, EthnicStatus.REPUBLIC, 50_000, 0.591));
        return List.copyOf(out);
    }

    public static List<BorderPostSpec> posts() {
        List<BorderPostSpec> unit = UnitScenarios.posts();
        BorderPostSpec ozinki = ParamPaths.set(
                ParamPaths.set(unit.get(1), "capacityPersonsPerDay", 8000.0), "baselineTravellersPerDay", 3000.0);
        BorderPostSpec vaalimaa = new BorderPostSpec(
                "fi_vaalimaa",
                "Vaalimaa",
                "Finland",
                PostMode.ROAD,
                60.6,
                27.808,
                "moscow_city",
                9000,
                2100,
                8000,
                90,
                true,
                UnitScenarios.openRules());
        return List.of(unit.get(0), ozinki, vaalimaa, unit.get(2));
    }

    public static Scenario base(int scale, LocalDate end, List<PolicyEvent> timeline) {
        return UnitScenarios.set(
                UnitScenarios.scenario(25_000_000L, scale, end, timeline),
                "name",
                "test",
                "description",
                "model test scenario",
                "seed",
                7L,
                "population.regions",
                regions(),
                "borders.posts",
                posts(),
                "decisions.considerRatePerDay",
                0.01,
                "decisions.ascHide",
                -6.0,
                "decisions.ascFlee",
                -3.0,
                "recruiters.capacityPerDayPer1000Reservists",
                0.6,
                "protest.activationRatePerDay",
                0.2,
                "protest.policePer1000Residents",
                0.02,
                "protest.attackThreshold",
                0.0,
                "protest.attackChancePerDay",
                0.002);
    }

    /** The 2022 call-up in miniature: announcement, exemptions, raids at the border, declared end. */
    public static Scenario mobilization(int scale, LocalDate end) {
        List<PolicyEvent> t = List.of(
                new AnnounceWave(ANNOUNCEMENT, null, "", 300_000, 37, 1.0, 0.2),
                new AddExemption(LocalDate.of(2022, 9, 23), null, "", ExemptionCategory.IT),
                new AddExemption(LocalDate.of(2022, 9, 24), null, "", ExemptionCategory.STUDENTS),
                new SetAdmissionRules(
                        LocalDate.of(2022, 9, 26), null, "", "upper_lars", null, null, null, true, null, null),
                new SetAdmissionRules(
                        LocalDate.of(2022, 9, 27), null, "", "upper_lars", null, null, true, null, null, null),
                new StartRaids(
                        LocalDate.of(2022, 9, 27), null, "", List.of(), List.of(Channel.BORDER, Channel.RAID), 1.0),
                new SetAdmissionRules(
                        LocalDate.of(2022, 9, 30), null, "", "fi_vaalimaa", true, null, null, null, null, null),
                new EndQuota(LocalDate.of(2022, 10, 28), null, ""));
        return base(scale, end, t);
    }

    /** Like {@link #mobilization} with raids, facial recognition and electronic summons with travel bans. */
    public static Scenario everyChannel(int scale, LocalDate end) {
        Scenario s = mobilization(scale, end);
        List<PolicyEvent> t = new ArrayList<>(s.timeline());
        t.add(new StartRaids(
                LocalDate.of(2022, 9, 22), null, "", List.of(), List.of(Channel.FACIAL, Channel.ELECTRONIC), 1.0));
        t.add(new SetAdmissionRules(
                LocalDate.of(2022, 9, 22), null, "", "kz_ozinki", null, true, null, null, null, null));
        t.add(new ClosePost(LocalDate.of(2022, 10, 10), null, "", "air_yerevan"));
        return ParamPaths.set(s, "timeline", t);
    }
}
