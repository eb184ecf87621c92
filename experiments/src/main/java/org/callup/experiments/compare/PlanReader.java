package org.callup.experiments.compare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.observe.ScopeKind;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.PolicyEvent;
import org.callup.results.Statistic;
import org.callup.scenarios.Suggest;

/**
 * Builds a {@link ComparePlan} from what the user wrote (on the command line or in a compare file) and the
 * baseline scenario, collecting every problem with where it was written. What is not given takes the defaults a
 * researcher asks about first (see {@link #DEFAULT_HEADLINES}), with windows derived from the baseline's events.
 */
public final class PlanReader {
    /** The windows derived from the baseline: the call-up (when it has one) and the whole run. */
    public static final String CALLUP = "callup";

    public static final String RUN = "run";
    /** Scope word for every region of the baseline. */
    public static final String REGIONS = "regions";
    /**
     * Men mobilized by the end of the call-up, emigrants over the run, men abroad and hiding at the end, protest
     * arrests and office attacks over the run.
     */
    public static final List<String> DEFAULT_HEADLINES = List.of(
            "mobilized@callup",
            "emigrants@run",
            "abroad:last@run",
            "hiding:last@run",
            "protest_arrests@run",
            "office_attacks@run");

    /** A problem: where it was written (an option or a file position) and what is wrong. */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private final Scenario baseline;
    private final List<String> allScopes;
    private final Map<String, Window> derived;
    private final List<Problem> problems = new ArrayList<>();

    public PlanReader(Scenario baseline) {
        this.baseline = baseline;
        this.allScopes = new ObservationSpace(baseline).scopes();
        this.derived = derivedWindows(baseline);
    }

    public List<Problem> problems() {
        return problems;
    }

    public void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /** The windows derived from the baseline, by name: {@code callup} (if it announces a call-up) and {@code run}. */
    public Map<String, Window> derivedWindows() {
        return derived;
    }

    private static Map<String, Window> derivedWindows(Scenario s) {
        Map<String, Window> out = new LinkedHashMap<>();
        LocalDate announced = null;
        LocalDate ended = null;
        for (PolicyEvent e : s.timeline()) {
            if (e.when() != null) {
                continue; // the date of a triggered event is not known before the run
            }
            if (announced == null && e instanceof AnnounceWave) {
                announced = e.date();
            } else if (announced != null && ended == null && e instanceof EndQuota) {
                ended = e.date();
            }
        }
        if (announced != null) {
            LocalDate from = announced.isBefore(s.startDate()) ? s.startDate() : announced;
            LocalDate to = ended == null || ended.isAfter(s.endDate()) ? s.endDate() : ended;
            out.put(
                    CALLUP,
                    new Window(
                            CALLUP,
                            from,
                            to,
                            "announceWave on " + announced
                                    + (ended == null ? " to the end of the run" : " to endQuota on " + ended)));
        }
        out.put(RUN, new Window(RUN, s.startDate(), s.endDate(), "the whole run"));
        return out;
    }

    /**
     * A window: a derived name ({@code callup}, {@code run}) or {@code name=YYYY-MM-DD..YYYY-MM-DD}, within the
     * baseline's run. Null (with a problem) if it cannot be used.
     */
    public Window window(String spec, String where) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            Window w = derived.get(spec);
            if (w == null) {
                problem(
                        where,
                        "unknown window '" + spec + "'" + Suggest.didYouMean(spec, derived.keySet())
                                + "; give name=YYYY-MM-DD..YYYY-MM-DD, or one of "
                                + String.join(", ", derived.keySet()));
            }
            return w;
        }
        String name = spec.substring(0, eq);
        String[] dates = spec.substring(eq + 1).split("\\.\\.", -1);
        if (dates.length != 2) {
            problem(where, "window '" + spec + "': expected name=YYYY-MM-DD..YYYY-MM-DD");
            return null;
        }
        try {
            return window(name, LocalDate.parse(dates[0]), LocalDate.parse(dates[1]), where);
        } catch (DateTimeParseException e) {
            problem(where, "window '" + spec + "': '" + e.getParsedString() + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    /** A window given by its parts, checked against the run. */
    public Window window(String name, LocalDate from, LocalDate to, String where) {
        if (name == null || !name.matches(Window.NAME_PATTERN)) {
            problem(where, "window name '" + name + "': use letters, digits, '.', '_' or '-'");
            return null;
        }
        if (to.isBefore(from)) {
            problem(where, "window '" + name + "' ends on " + to + ", before it starts on " + from);
            return null;
        }
        if (from.isBefore(baseline.startDate()) || to.isAfter(baseline.endDate())) {
            problem(
                    where,
                    "window '" + name + "' (" + from + ".." + to + ") is not within the run, " + baseline.startDate()
                            + " to " + baseline.endDate());
            return null;
        }
        return new Window(name, from, to, "given");
    }

    /** A headline {@code metric[:statistic][@window]}; null (with a problem) if it cannot be used. */
    public Headline headline(String spec, List<Window> windows, String where) {
        String rest = spec;
        String window = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            window = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String stat = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            stat = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        Metric m = Metric.byKey(rest);
        if (m == null) {
            List<String> keys = new ArrayList<>();
            for (Metric x : Metric.values()) {
                keys.add(x.key());
            }
            problem(
                    where,
                    "unknown metric '" + rest + "'" + Suggest.didYouMean(rest, keys)
                            + " (metrics are those of daily.csv, e.g. mobilized, emigrants, abroad, hiding)");
            return null;
        }
        Statistic s = stat == null ? Headline.defaultStatistic(m) : Statistic.byKey(stat);
        if (s == null) {
            problem(
                    where,
                    "unknown statistic '" + stat + "' in '" + spec + "'" + Suggest.didYouMean(stat, statisticKeys())
                            + " (statistics: " + Statistic.keys() + ")");
            return null;
        }
        if (window != null && !names(windows).contains(window)) {
            problem(
                    where,
                    "unknown window '" + window + "' in '" + spec + "'" + Suggest.didYouMean(window, names(windows))
                            + " (windows: " + String.join(", ", names(windows)) + ")");
            return null;
        }
        return new Headline(m, s, window);
    }

    private static List<String> names(List<Window> windows) {
        return windows.stream().map(Window::name).toList();
    }

    private static List<String> statisticKeys() {
        List<String> out = new ArrayList<>();
        for (Statistic s : Statistic.values()) {
            out.add(s.key());
        }
        return out;
    }

    /** Scopes: {@code all}, {@code regions} (every region) or any scope the baseline observes. */
    public List<String> scopes(List<String> specs, String where) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : specs) {
            if (s.equals(REGIONS)) {
                allScopes.stream()
                        .filter(x -> x.startsWith(ScopeKind.REGION.prefix() + ":"))
                        .forEach(out::add);
            } else if (allScopes.contains(s)) {
                out.add(s);
            } else {
                List<String> words = new ArrayList<>(allScopes);
                words.add(REGIONS);
                problem(
                        where,
                        "unknown scope '" + s + "'" + Suggest.didYouMean(s, words)
                                + " (scopes: all, regions, region:<id>, country:<destination>, post:<id>)");
            }
        }
        return List.copyOf(out);
    }

    /** The default windows: those derived from the baseline. */
    public List<Window> defaultWindows() {
        return List.copyOf(derived.values());
    }

    /**
     * The default headlines for {@code windows}: a default headline whose window is not among them is measured
     * over every window instead.
     */
    public List<Headline> defaultHeadlines(List<Window> windows) {
        List<Headline> out = new ArrayList<>();
        for (String spec : DEFAULT_HEADLINES) {
            String window = spec.substring(spec.indexOf('@') + 1);
            boolean known = windows.stream().anyMatch(w -> w.name().equals(window));
            out.add(headline(known ? spec : spec.substring(0, spec.indexOf('@')), windows, "default"));
        }
        return out;
    }

    /** Checks that each headline's metric is observed in at least one of the scopes. */
    public void checkObserved(List<Headline> headlines, List<String> scopes, String where) {
        for (Headline h : headlines) {
            boolean any = scopes.stream().anyMatch(s -> h.metric().appliesTo(kindOf(s)));
            if (!any) {
                problem(
                        where,
                        "metric '" + h.metric().key() + "' is not observed in any of the scopes " + scopes
                                + " (see the Metric table in docs/ODD.md)");
            }
        }
    }

    private static ScopeKind kindOf(String scope) {
        for (ScopeKind k : ScopeKind.values()) {
            if (scope.equals(k.prefix()) || scope.startsWith(k.prefix() + ":")) {
                return k;
            }
        }
        return ScopeKind.ALL;
    }
}
