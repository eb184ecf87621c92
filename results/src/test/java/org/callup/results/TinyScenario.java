package org.callup.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;

/**
 * The results tests' scenario, {@code tiny.yaml} next to this class: the shipped smoke scenario from the day of the
 * decree, with one event, read by the same loader as every scenario file.
 */
public final class TinyScenario {
    /** The first day of the fixture, 21 September 2022. */
    public static final LocalDate START = LocalDate.of(2022, 9, 21);

    private static final String RESOURCE = "tiny.yaml";

    private TinyScenario() {}

    /** The fixture as loaded, with {@code extraYaml} (keys that {@code tiny.yaml} does not set) added to it. */
    public static ResolvedScenario resolved(String... extraYaml) {
        String text = fixtureText() + String.join("\n", extraYaml) + "\n";
        try {
            ResolvedScenario r = ScenarioLibrary.shipped().loadText(text, RESOURCE);
            if (!r.scenario().startDate().equals(START)) {
                throw new IllegalStateException(
                        RESOURCE + " starts on " + r.scenario().startDate() + ", not " + START);
            }
            return r;
        } catch (ScenarioException e) {
            throw new IllegalStateException(RESOURCE + " does not load: " + e.format(), e);
        }
    }

    /** The fixture's scenario, run for {@code days} days from {@link #START}. */
    public static Scenario of(int days) {
        return days(resolved().scenario(), days);
    }

    /** {@code s} run for {@code days} days from its start. */
    public static Scenario days(Scenario s, int days) {
        return ParamPaths.set(s, "endDate", s.startDate().plusDays(days - 1L));
    }

    private static String fixtureText() {
        try (InputStream in = TinyScenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
