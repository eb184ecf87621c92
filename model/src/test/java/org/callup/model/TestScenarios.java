package org.callup.model;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.AdmissionRules;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.Channels;
import org.callup.model.params.CitizenParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.Exemptions;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.PostMode;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AddExemption;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.StartRaids;

/** A small scenario built in code (four regions, four posts) for the model's tests. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static final LocalDate START = LocalDate.of(2022, 9, 14);
    public static final LocalDate ANNOUNCEMENT = LocalDate.of(2022, 9, 21);

    public static List<RegionSpec> regions() {
        return List.of(
                new RegionSpec("moscow_city", "Moscow", 13_010_112, 55.756, 37.617, EthnicStatus.NONE, 99_500, 0.98),
                new RegionSpec("dagestan", "Dagestan", 3_182_054, 43.1, 46.883, EthnicStatus.REPUBLIC, 28_700, 0.452),
                new RegionSpec("volga_fd_rest", "Volga", 19_580_684, 56.333, 44.0, EthnicStatus.MIXED, 46_483, 0.748),
                new RegionSpec("buryatia", "Buryatia", 978_588, 53.8, 109.333, EthnicStatus.REPUBLIC, 50_000, 0.591));
    }

    static AdmissionRules open() {
        return new AdmissionRules(false, false, false, true, false);
    }

    public static List<BorderPostSpec> posts() {
        return List.of(
                new BorderPostSpec("upper_lars", "Upper Lars", "Georgia", PostMode.ROAD, 42.768, 44.631,
                        "dagestan", 7000, 5500, 20000, true, new AdmissionRules(false, false, false, false, false)),
                new BorderPostSpec("kz_ozinki", "Ozinki", "Kazakhstan", PostMode.ROAD, 51.2, 49.733,
                        "volga_fd_rest", 8000, 3000, 10000, true, open()),
                new BorderPostSpec("fi_vaalimaa", "Vaalimaa", "Finland", PostMode.ROAD, 60.6, 27.808,
                        "moscow_city", 9000, 2100, 8000, true, open()),
                new BorderPostSpec("air_yerevan", "Moscow-Yerevan", "Armenia", PostMode.AIR, 55.973, 37.415,
                        "moscow_city", 2000, 1600, 9000, true, open()));
    }

    static ChannelParams channel(double intensity, double share, double reach, double hiding) {
        return new ChannelParams(intensity, List.of(), share, reach, hiding);
    }

    public static Scenario base(int scale, LocalDate end, List<PolicyEvent> timeline) {
        PopulationParams pop = new PopulationParams(scale, 25_000_000L, 18, 50, 4, regions());
        CitizenParams cit = new CitizenParams(0.7, 0.08, 0.12, 0.04, 0.3, 0.025, 0.02, 0.01, 0.002, 0.5, 1.5, 1.2,
                0.5, 0.6, 0.15, 0.05, 0.35, 4, 0.2, 0.7, 0.35);
        DecisionParams dec = new DecisionParams(0.01, 0.3, 10, 0.5, 3.0, -6.0, -3.0, -3.0, 3.0, 4.0, 0.8, 0.5, 0.3,
                2.0, 4.0, 2, 0.01, 0.002, 3);
        Channels ch = new Channels(channel(1, 0.5, 0.8, 0.05), channel(1, 0.3, 0.6, 0), channel(0, 0.1, 0.3, 0.1),
                channel(0, 0.05, 0.3, 0.2), channel(0, 0.3, 0.9, 0.9), channel(0, 0.05, 0.5, 0));
        RecruiterParams rec = new RecruiterParams(0, 37, 0.5, 0.5, 0.6, 3, 3, ch, 18, 35, 50, 1.0, 0.25, 0.03, 0.05,
                0.5, 14, 0.7, 2, 40, 0.3, 7, 0.0005, 0.1,
                new Exemptions(false, false, false, false, false, true, true), ReviewParams.none());
        BorderParams bor = new BorderParams(posts(), 700, 0.15, 0.06, 3, 0.5, 50, 0);
        ProtestParams pro = new ProtestParams(0.6, 0.3, 0.5, 0.15, 0.2, 0.1, 2.3, 0.02, 1, 10, 0.0, 0.002);
        return new Scenario("test", "model test scenario", START, end, 7, pop, cit, dec, rec, bor, pro, timeline);
    }

    /** The 2022 call-up in miniature: announcement, exemptions, raids at the border, declared end. */
    public static Scenario mobilization(int scale, LocalDate end) {
        List<PolicyEvent> t = List.of(
                new AnnounceWave(ANNOUNCEMENT, null, "", 300_000, 37, 1.0, 0.2),
                new AddExemption(LocalDate.of(2022, 9, 23), null, "", ExemptionCategory.IT),
                new AddExemption(LocalDate.of(2022, 9, 24), null, "", ExemptionCategory.STUDENTS),
                new SetAdmissionRules(LocalDate.of(2022, 9, 26), null, "", "upper_lars", null, null, null, true, null),
                new SetAdmissionRules(LocalDate.of(2022, 9, 27), null, "", "upper_lars", null, null, true, null, null),
                new StartRaids(LocalDate.of(2022, 9, 27), null, "", List.of(), List.of(Channel.BORDER, Channel.RAID), 1.0),
                new SetAdmissionRules(LocalDate.of(2022, 9, 30), null, "", "fi_vaalimaa", true, null, null, null, null),
                new EndQuota(LocalDate.of(2022, 10, 28), null, ""));
        return base(scale, end, t);
    }

    /** Like {@link #mobilization} with raids, facial recognition and electronic summons with travel bans. */
    public static Scenario everyChannel(int scale, LocalDate end) {
        Scenario s = mobilization(scale, end);
        java.util.List<PolicyEvent> t = new java.util.ArrayList<>(s.timeline());
        t.add(new StartRaids(LocalDate.of(2022, 9, 22), null, "", List.of(),
                List.of(Channel.FACIAL, Channel.ELECTRONIC), 1.0));
        t.add(new SetAdmissionRules(LocalDate.of(2022, 9, 22), null, "", "kz_ozinki", null, true, null, null, null));
        t.add(new org.callup.model.timeline.ClosePost(LocalDate.of(2022, 10, 10), null, "", "air_yerevan"));
        return new Scenario(s.name(), s.description(), s.startDate(), s.endDate(), s.seed(), s.population(),
                s.citizens(), s.decisions(), s.recruiters(), s.borders(), s.protest(), t);
    }
}
