package org.callup.viz.gui;

import java.util.List;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;

/** How citizens weigh their choices: leaving, hiding, the fear of being caught, and how fast news travels. */
public final class CitizenControls extends ControlBase {
    static final String FLEE = "decisions.ascFlee";
    static final String HIDE = "decisions.ascHide";
    static final String RISK = "decisions.betaRisk";
    static final String NEWS = "decisions.newsDelayDays";

    public CitizenControls(LiveScenario params) {
        super(params);
    }

    @Override
    List<Shown> shown() {
        return List.of(
                new Shown("Flee", "Inclination to leave"),
                new Shown("Hide", "Inclination to hide"),
                new Shown("FearOfCapture", "Fear of being caught"),
                new Shown("NewsDelay", "News delay, days"));
    }

    public double getFlee() {
        return number(FLEE);
    }

    public void setFlee(double v) {
        set(FLEE, v);
    }

    public Object domFlee() {
        return ParamDocs.range(FLEE);
    }

    public String desFlee() {
        return ParamDocs.tooltip(FLEE);
    }

    public double getHide() {
        return number(HIDE);
    }

    public void setHide(double v) {
        set(HIDE, v);
    }

    public Object domHide() {
        return ParamDocs.range(HIDE);
    }

    public String desHide() {
        return ParamDocs.tooltip(HIDE);
    }

    public double getFearOfCapture() {
        return number(RISK);
    }

    public void setFearOfCapture(double v) {
        set(RISK, v);
    }

    public Object domFearOfCapture() {
        return ParamDocs.range(RISK);
    }

    public String desFearOfCapture() {
        return ParamDocs.tooltip(RISK);
    }

    public int getNewsDelay() {
        return (int) number(NEWS);
    }

    public void setNewsDelay(int v) {
        set(NEWS, v);
    }

    public Object domNewsDelay() {
        return ParamDocs.wholeRange(NEWS);
    }

    public String desNewsDelay() {
        return ParamDocs.tooltip(NEWS);
    }
}
