package org.callup.model;

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
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.PostMode;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.Scenario;
import org.callup.model.params.StagingParams;
import org.callup.model.timeline.PolicyEvent;

/**
 * Scenarios for the unit tests of single rules and for the golden run. The behavioural values are those of the
 * default scenario (partial-mobilization-2022.yaml) on three regions and three posts, so that a test reads like
 * the model it checks; the fixture is kept apart from {@link TestScenarios} so that the golden totals change only
 * when the model does.
 *
 * <p>This is the one place where the model's tests build the parameter records field by field; every other
 * fixture starts from {@link #scenario} and changes what it needs by path ({@link #set}).
 */
public final class UnitScenarios {
    private UnitScenarios() {}

    public static final LocalDate START = LocalDate.of(2022, 9, 14);

    /** Moscow (rich, no republic), Dagestan (poor republic), Volga remainder (mixed, average wage). */
    public static List<RegionSpec> regions() {
        return List.of(
                new RegionSpec("moscow_city", "Moscow", 13_010_112, 55.756, 37.617, EthnicStatus.NONE, 99_500, 0.98),
                new RegionSpec("dagestan", "Dagestan", 3_182_054, 43.1, 46.883, EthnicStatus.REPUBLIC, 28_700, 0.452),
                new RegionSpec("volga_fd_rest", "Volga", 19_580_684, 56.333, 44.0, EthnicStatus.MIXED, 46_483, 0.748));
    }

    public static AdmissionRules openRules() {
        return new AdmissionRules(false, false, false, true, false, false);
    }

    public static List<BorderPostSpec> posts() {
        return List.of(
                new BorderPostSpec(
                        "upper_lars",
                        "Upper Lars",
                        "Georgia",
                        PostMode.ROAD,
                        42.768,
                        44.631,
                        "dagestan",
                        7000,
                        5500,
                        20000,
                        365,
                        true,
                        new AdmissionRules(false, false, false, false, false, false)),
                new BorderPostSpec(
                        "kz_ozinki",
                        "Ozinki",
                        "Kazakhstan",
                        PostMode.ROAD,
                        51.2,
                        49.733,
                        "volga_fd_rest",
                        4000,
                        1750,
                        10000,
                        90,
                        true,
                        openRules()),
                new BorderPostSpec(
                        "air_yerevan",
                        "Moscow-Yerevan",
                        "Armenia",
                        PostMode.AIR,
                        55.973,
                        37.415,
                        "moscow_city",
                        2000,
                        1600,
                        9000,
                        180,
                        true,
                        openRules()));
    }

    public static ChannelParams channel(double intensity, double share, double reach, double hiding) {
        return new ChannelParams(intensity, List.of(), share, reach, hiding);
    }

    public static CitizenParams citizens() {
        return new CitizenParams(
                0.7, 0.08, 0.12, 0.04, 0.3, 0.025, 0.02, 0.01, 0.002, 0.5, 1.5, 1.2, 0.5, 0.6, 0.15, 0.05, 0.35, 4, 0.2,
                0.7, 0.35);
    }

    public static DecisionParams decisions() {
        return new DecisionParams(
                0.05, 0.3, 10, 0.5, 3.0, -3.0, -2.0, 3.0, 4.0, 0.8, 0.5, 0.3, 2.0, 2, 0.01, 0.002, 3, 1, 0);
    }

    public static Channels channels() {
        return new Channels(
                channel(1, 0.5, 0.8, 0.05),
                channel(1, 0.3, 0.6, 0),
                channel(0, 0.1, 0.3, 0.1),
                channel(0, 0.05, 0.3, 0.2),
                channel(0, 0.3, 0.9, 0.9),
                channel(0, 0.05, 0.5, 0));
    }

    public static RecruiterParams recruiters() {
        return new RecruiterParams(
                0,
                37,
                0.5,
                0.5,
                1.5,
                3,
                3,
                channels(),
                18,
                35,
                50,
                1.0,
                0.25,
                0,
                0.03,
                0.05,
                0.5,
                14,
                0.7,
                2,
                40,
                0,
                0.3,
                7,
                0.0005,
                0.1,
                new Exemptions(false, false, false, false, false, true, true),
                false,
                ReviewParams.none(),
                StagingParams.none(),
                0);
    }

    public static ProtestParams protest() {
        return new ProtestParams(
                0.6, 0.3, 0.5, 0.15, 0.2, 0, 0, 7, 0.1, 0, 0.3, 2.3, 0.05, 0.05, List.of(), 1, 1, 10, 0, 0, 0.5, 0.001);
    }

    /** A scenario of {@code reserve} men at the given scale, from 14 Sep 2022 to {@code end}, with seed 11. */
    public static Scenario scenario(long reserve, int scale, LocalDate end, List<PolicyEvent> timeline) {
        PopulationParams pop = new PopulationParams(scale, reserve, 18, 50, 4, regions());
        BorderParams bor = new BorderParams(posts(), 700, 0.15, 0.06, 3, 0.5, 0, 50, 0, 7, 24, 0, 0, 0, 0, 0, 0);
        return new Scenario(
                "unit",
                "unit-test scenario",
                START,
                end,
                11,
                pop,
                citizens(),
                decisions(),
                recruiters(),
                bor,
                protest(),
                timeline);
    }

    /** The scenario with one parameter replaced (by its dotted path). */
    public static Scenario with(Scenario s, String path, Object value) {
        return ParamPaths.set(s, path, value);
    }

    /** The scenario with values replaced by path, in order: {@code set(s, "seed", 7L, "protest.legitimacy", 0.5)}. */
    public static Scenario set(Scenario s, Object... pathsAndValues) {
        if (pathsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("paths and values come in pairs");
        }
        Scenario out = s;
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            out = ParamPaths.set(out, (String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return out;
    }
}
