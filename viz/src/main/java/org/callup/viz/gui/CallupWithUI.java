package org.callup.viz.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.swing.JFrame;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.inspect.ExperimentFile;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.map.MapView;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The GUI half of MASON's model pair: wraps a {@link MobilizationModel} (the headless half, as {@code callup run}
 * uses it) with the Console's Model tab, the live charts and the map.
 *
 * <p>Every Play starts a new model from the scenario (with the changes made before Play) and the Console's seed,
 * which starts as the scenario's: with the same seed the GUI shows the numbers {@code callup run} writes.
 */
public final class CallupWithUI extends GUIState {
    private final int threads;
    private final String origin;
    private final Scenario base;
    private final LiveScenario params;
    private final LiveHistory history;
    private final ModelControls controls;
    private final LiveCharts charts;
    private final PlaySpeed speed = new PlaySpeed(ms -> {
        if (controller instanceof Console console && console.getPlaySleep() != ms) {
            console.setPlaySleep(ms);
        }
    });
    private MapView map;

    /**
     * @param scenario the scenario to show (its seed is the Console's first seed)
     * @param threads  worker threads of the model; the numbers do not depend on it
     */
    public CallupWithUI(Scenario scenario, int threads) {
        this(scenario, "library:" + scenario.name(), scenario, threads);
    }

    /**
     * @param scenario the scenario to show, with any options of the command line applied
     * @param origin   where it came from: {@code library:<name>}, or the path of its file
     * @param base     the scenario as loaded from there, which a saved experiment extends
     * @param threads  worker threads of the model; the numbers do not depend on it
     */
    public CallupWithUI(Scenario scenario, String origin, Scenario base, int threads) {
        super(new MobilizationModel(scenario, threads));
        this.threads = threads;
        this.origin = origin;
        this.base = base;
        this.params = new LiveScenario(scenario);
        this.history = new LiveHistory(scenario);
        TodayIndicators today = new TodayIndicators(history, params);
        this.controls = new ModelControls(
                today,
                new CallUpControls(params),
                new ExemptionControls(params),
                new BorderControls(params),
                new ProtestControls(params),
                new CitizenControls(params));
        this.charts = new LiveCharts(history);
    }

    public static String getName() {
        return "callup";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>callup</h2>"
                + "<p>An agent-based simulation of a military call-up, after Russia's 2022 partial mobilization: "
                + "summons, hiding, flight across the borders, protest and repression.</p>"
                + "<p>Press <b>Play</b>. Move the sliders of the <b>Model</b> tab (a change applies from the next "
                + "day) and watch the <b>Charts</b> and the <b>Map</b>; click a region or a border post on the map "
                + "to see its numbers. <b>Stop</b> and <b>Play</b> start the scenario again; changes made before "
                + "Play are kept.</p>"
                + "<p>An exploratory tool for aggregate dynamics and policy trade-offs with a synthetic population: "
                + "not a forecast, not a way to find anyone.</p></body></html>";
    }

    /**
     * Writes the experiment as a scenario file that extends the scenario the GUI started from, and loads it back.
     *
     * @return the scenario the file holds
     * @throws ScenarioException if the file does not load (it is left for the user to see)
     * @throws IOException       if it cannot be written
     */
    public ResolvedScenario saveAs(Path file) throws IOException, ScenarioException {
        String yaml = ExperimentFile.yaml(
                origin, base, params.startingPoint(), state.seed(), params.runChanges(), file, LocalDateTime.now());
        Files.writeString(file, yaml);
        return ScenarioLibrary.shipped().loadFile(file);
    }

    /** The model of the current run (a new one at every Play). */
    public MobilizationModel model() {
        return (MobilizationModel) state;
    }

    public LiveScenario parameters() {
        return params;
    }

    public LiveHistory history() {
        return history;
    }

    public LiveCharts charts() {
        return charts;
    }

    public MapView map() {
        return map;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    @Override
    public Inspector getInspector() {
        return controls.inspector(this, speed.control());
    }

    /** How fast Play runs. */
    PlaySpeed speed() {
        return speed;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        map = new MapView(this, params.original(), params);
        map.show(c);
        charts.show(c);
        arrange(WindowLayout.within(WindowLayout.usableDefault()));
        charts.alsoOnRefresh(() -> {
            map.refresh();
            showTitles();
        });
        if (c instanceof Console console) {
            // Stop then Play repeats the same run, as students expect; the seed stays the one shown.
            console.setIncrementSeedOnStop(false);
            ScenarioMenu.install(console, this);
        }
        speed.choose(speed.daysPerSecond());
        showTitles();
    }

    /** Puts the map and the charts where the layout says, each fitted to its window; on the Swing thread. */
    void arrange(WindowLayout layout) {
        if (map != null && map.frame() != null) {
            map.frame().setBounds(layout.map());
            map.frame().validate();
            map.fitToWindow();
        }
        charts.fitTo(layout.charts());
    }

    @Override
    public void start() {
        MobilizationModel m =
                new MobilizationModel(ParamPaths.set(params.startingPoint(), "seed", state.seed()), threads);
        m.addSink(history);
        if (map != null) { // null when driven without a Console, as in tests
            m.addSink(map.feed(m));
        }
        state = m;
        super.start();
        params.attach(m);
        scheduleRepeatingImmediatelyBefore(s -> speed.dayStarts());
        scheduleRepeatingImmediatelyAfter(this::dayDone);
        charts.requestRefresh();
    }

    /** After each day, on the simulation thread, inside the schedule's lock. */
    private void dayDone(SimState s) {
        params.dayDone();
        MobilizationModel m = (MobilizationModel) s;
        if (m.finishedRun()) {
            s.kill(); // the Console stops when the schedule is empty
        }
        speed.dayEnds();
        charts.requestRefresh();
    }

    @Override
    public void finish() {
        super.finish();
        params.detach();
        charts.requestRefresh();
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) {
            map.dispose();
        }
        charts.dispose();
    }

    /** "callup: smoke, day 4 · 2022-09-22 (of days 0-9)"; on the Swing thread. */
    void showTitles() {
        String title = "callup: " + title();
        if (controller instanceof JFrame f && !title.equals(f.getTitle())) {
            f.setTitle(title);
        }
        if (map != null) {
            map.setTitle("Map: " + title());
        }
        if (charts.frame() != null) {
            charts.frame().setTitle("Charts: " + title());
        }
    }

    String title() {
        Scenario s = params.original();
        DayObservation d = history.latest();
        if (d == null) {
            return s.name() + ", not started";
        }
        return s.name() + ", " + TodayIndicators.day(d) + " (of days 0-" + (s.days() - 1) + ")";
    }
}
