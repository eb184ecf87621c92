package org.callup.viz.gui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.Shown;

/** What every group of controls shares: reading the parameter on show and asking for a change, by path. */
abstract class ControlBase {
    final LiveScenario params;

    ControlBase(LiveScenario params) {
        this.params = params;
    }

    /** The properties to show, in order, with their labels. */
    abstract List<Shown> shown();

    /**
     * The value at {@code path}, to nine significant digits: a value computed by an event (0.5 - 0.1) would
     * otherwise show as 0.39999999999999997 in the inspector.
     */
    final double number(String path) {
        double v = ((Number) ParamPaths.get(params.shown(), path)).doubleValue();
        return v == 0 || !Double.isFinite(v)
                ? v
                : new BigDecimal(v).round(new MathContext(9)).doubleValue();
    }

    final boolean flag(String path) {
        return (Boolean) ParamPaths.get(params.shown(), path);
    }

    final void set(String path, Object value) {
        params.change(path, value);
    }
}
