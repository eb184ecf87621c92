package org.callup.viz.inspect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.MobilizationModel;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/**
 * The parameters the GUI shows and changes. Before Play, a change edits the scenario the next run starts from.
 * During a run, it goes to the model, which applies it from the next day; until then the GUI shows the value asked
 * for, so that a slider does not spring back while the simulation is paused.
 *
 * <p>Locks are always taken in the order schedule, then this object: the simulation thread holds the schedule while
 * it steps a day and calls {@link #dayDone()}.
 *
 * <p>The changes made during the current (or last) run are kept with the day they applied from, so that the
 * experiment can be saved as a scenario ({@link ExperimentFile}).
 */
public final class LiveScenario {
    private final Scenario original;
    private Scenario startingPoint;
    private volatile MobilizationModel running;
    private final Map<String, Object> pending = new LinkedHashMap<>();
    private final List<DatedChange> runChanges = new ArrayList<>();
    private volatile String lastChange = "none";
    private volatile String lastWhen = "";

    public LiveScenario(Scenario scenario) {
        this.original = scenario;
        this.startingPoint = scenario;
    }

    /** The scenario as loaded, for settings shown as a percentage of normal. */
    public Scenario original() {
        return original;
    }

    /** The scenario the next run starts from: the loaded one with the changes made before Play. */
    public synchronized Scenario startingPoint() {
        return startingPoint;
    }

    /** The parameters in force tomorrow: today's, with the changes asked for today. */
    public synchronized Scenario shown() {
        MobilizationModel m = running;
        if (m == null) {
            return startingPoint;
        }
        Scenario s = m.params();
        for (Map.Entry<String, Object> e : pending.entrySet()) {
            s = ParamPaths.set(s, e.getKey(), e.getValue());
        }
        return s;
    }

    /**
     * Changes one parameter. An invalid value is refused with the reason in {@link #lastChange()}; the inspector that
     * asked shows the old value again.
     *
     * @return whether the change was accepted
     */
    public boolean change(String path, Object value) {
        MobilizationModel m = running;
        if (m == null) {
            return changeStart(path, value);
        }
        synchronized (m.schedule) {
            synchronized (this) {
                try {
                    ParamPaths.set(shown(), path, value);
                    m.requestChange(path, value);
                } catch (IllegalArgumentException e) {
                    lastChange = "refused: " + e.getMessage();
                    return false;
                }
                pending.put(path, value);
                runChanges.add(new DatedChange(m.date().plusDays(1), path, value));
                lastWhen = " from " + m.date().plusDays(1);
                lastChange = path + " = " + value + lastWhen;
                return true;
            }
        }
    }

    private synchronized boolean changeStart(String path, Object value) {
        try {
            startingPoint = ParamPaths.set(startingPoint, path, value);
        } catch (IllegalArgumentException e) {
            lastChange = "refused: " + e.getMessage();
            return false;
        }
        lastWhen = " from the start";
        lastChange = path + " = " + value + lastWhen;
        return true;
    }

    /**
     * Says in a student's words what the last changes did, when one setting changed several parameters (closing
     * "the land borders" closes each post).
     */
    public void describeLastChange(String what) {
        lastChange = what + lastWhen;
    }

    /** What the last change was, or why it was refused. */
    public String lastChange() {
        return lastChange;
    }

    /** A change made during a run: the parameter at {@code path} set to {@code value} from {@code date}. */
    public record DatedChange(LocalDate date, String path, Object value) {}

    /** The changes made during the current run, or the last one once it ended, in the order they were made. */
    public synchronized List<DatedChange> runChanges() {
        return List.copyOf(runChanges);
    }

    /** A run started: changes now go to this model. */
    public synchronized void attach(MobilizationModel model) {
        running = model;
        pending.clear();
        runChanges.clear();
    }

    /** The run ended: changes go to the next run's scenario again. */
    public synchronized void detach() {
        running = null;
        pending.clear();
    }

    /** A day ended: the model has applied what was asked for before it began. */
    public synchronized void dayDone() {
        pending.clear();
    }
}
