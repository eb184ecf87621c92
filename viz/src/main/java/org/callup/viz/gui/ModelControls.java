package org.callup.viz.gui;

import java.util.List;
import javax.swing.JComponent;
import org.callup.viz.inspect.GroupedInspector;
import org.callup.viz.inspect.PropertyGroup;
import sim.display.GUIState;

/**
 * What the Console's Model tab inspects: today's numbers and the parameters a student may move, in groups. Each
 * group is its own object with MASON's {@code getX/setX/domX/desX} methods; this object gathers them.
 */
public final class ModelControls {
    private final TodayIndicators today;
    private final CallUpControls callUp;
    private final ExemptionControls exemptions;
    private final BorderControls borders;
    private final ProtestControls protest;
    private final CitizenControls citizens;

    public ModelControls(
            TodayIndicators today,
            CallUpControls callUp,
            ExemptionControls exemptions,
            BorderControls borders,
            ProtestControls protest,
            CitizenControls citizens) {
        this.today = today;
        this.callUp = callUp;
        this.exemptions = exemptions;
        this.borders = borders;
        this.protest = protest;
        this.citizens = citizens;
    }

    public TodayIndicators getToday() {
        return today;
    }

    public CallUpControls getCallUp() {
        return callUp;
    }

    public ExemptionControls getExemptions() {
        return exemptions;
    }

    public BorderControls getBorders() {
        return borders;
    }

    public ProtestControls getProtest() {
        return protest;
    }

    public CitizenControls getCitizens() {
        return citizens;
    }

    /** The Model tab: a header (the speed of Play), then the groups one under the other, refreshed every day. */
    public GroupedInspector inspector(GUIState gui, JComponent header) {
        GroupedInspector i = new GroupedInspector(
                header,
                List.of(
                        new GroupedInspector.Group("Today", new PropertyGroup(today, today.shown())),
                        new GroupedInspector.Group("Call-up", new PropertyGroup(callUp, callUp.shown())),
                        new GroupedInspector.Group("Exemptions", new PropertyGroup(exemptions, exemptions.shown())),
                        new GroupedInspector.Group("Borders", new PropertyGroup(borders, borders.shown())),
                        new GroupedInspector.Group("Protest", new PropertyGroup(protest, protest.shown())),
                        new GroupedInspector.Group("Citizens' choices", new PropertyGroup(citizens, citizens.shown()))),
                gui);
        i.setVolatile(true);
        return i;
    }
}
