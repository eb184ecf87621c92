package org.callup.results;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.AdmissionRules;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.Channels;
import org.callup.model.params.CitizenParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.Exemptions;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.PostMode;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.SetQuota;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.ResolvedScenario;

/** A small valid scenario built in code: two regions, two posts to two countries, ten days. */
public final class TinyScenario {
    public static final LocalDate START = LocalDate.of(2022, 9, 21);

    private TinyScenario() {
    }

    public static Scenario of(int days) {
        return new Scenario("tiny", "test fixture", START, START.plusDays(days - 1L), 7, population(), citizens(),
                decisions(), recruiters(), borders(), protest(),
                List.of(new SetQuota(START, null, "partial mobilization announced", 300_000, 38)));
    }

    /** The scenario as if loaded from a file holding {@code yaml}. */
    public static ResolvedScenario resolved(Scenario s, String yaml, OutputSpec output) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new ResolvedScenario(s, s.name(), "test fixture", yaml, java.util.HexFormat.of().formatHex(d), output,
                    java.util.Map.of());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PopulationParams population() {
        return new PopulationParams(1000, 100_000, 18, 50, 2, List.of(
                new RegionSpec("moscow", "Moscow", 13_000_000, 55.75, 37.6, EthnicStatus.NONE, 90_000, 0.98),
                new RegionSpec("dagestan", "Dagestan", 3_100_000, 42.98, 47.5, EthnicStatus.REPUBLIC, 30_000, 0.45)));
    }

    private static CitizenParams citizens() {
        return new CitizenParams(0.6, 0.1, 0.1, 0.05, 0.3, 0.03, 0.02, 0.01, 0.001, 0.6, 3, 1, 0.4, 0.7, 0.3, 0.1,
                0.4, 4, 0.2, 0.7, 0.4);
    }

    private static DecisionParams decisions() {
        return new DecisionParams(0.05, 0.3, 10, 0.5, 3, -1, -1, -3, 1, 5, 1, 0.5, 0.5, 1, 1, 2, 0.01, 0.005, 3);
    }

    private static RecruiterParams recruiters() {
        ChannelParams on = new ChannelParams(1, List.of(), 0.3, 0.5, 0.1);
        ChannelParams off = new ChannelParams(0, List.of(), 0.1, 0.5, 0.1);
        Channels channels = new Channels(on, on, off, off, off, off);
        Exemptions ex = new Exemptions(true, false, false, false, false, true, true);
        return new RecruiterParams(300_000, 38, 0.5, 0.5, 5, 2, 3, channels, 18, 35, 50, 1, 0.2, 0.02, 0.1, 0.5,
                30, 0.3, 3, 20, 0.5, 14, 0.001, 0.05, ex, ReviewParams.none());
    }

    private static BorderParams borders() {
        AdmissionRules open = new AdmissionRules(false, false, false, true, false);
        return new BorderParams(List.of(
                new BorderPostSpec("upper_lars", "Upper Lars", "Georgia", PostMode.ROAD, 42.74, 44.63, "moscow",
                        5000, 3000, 5000, true, open),
                new BorderPostSpec("vaalimaa", "Vaalimaa", "Finland", PostMode.ROAD, 60.6, 27.8, "moscow", 8000,
                        4000, 4000, true, open)), 600, 0.2, 0.05, 5, 0.5, 10, 0);
    }

    private static ProtestParams protest() {
        return new ProtestParams(0.7, 0.2, 0.3, 0.05, 0.1, 0.1, 2.3, 3, 2, 10, 0.8, 0.01);
    }
}
