package org.callup.viz.charts;

import java.util.List;

/** Every chart of a run, in the order the GUI lays them out and {@code callup chart} writes them. */
public final class ChartCatalog {
    private ChartCatalog() {}

    public static List<RunChart> all() {
        return List.of(new StatesChart(), new MobilizationChart(), new BorderChart(), new ProtestChart());
    }
}
