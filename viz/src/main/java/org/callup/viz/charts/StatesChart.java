package org.callup.viz.charts;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.DefaultTableXYDataset;

/**
 * Men of mobilization age by state, stacked. Men living normally are left out: they are nearly everyone, and the
 * stack of the others (notified, hiding, abroad, mobilized...) would be a sliver on top of them.
 */
public final class StatesChart implements RunChart {
    /** The stacked states, bottom to top, with colours that group them: escape in blues, the army in reds. */
    private static final List<CitizenState> STACK = List.of(
            CitizenState.MOBILIZED,
            CitizenState.DEPLOYED,
            CitizenState.CONSCRIPTED,
            CitizenState.DETAINED,
            CitizenState.ARRESTED,
            CitizenState.ACTIVE,
            CitizenState.NOTIFIED,
            CitizenState.DEFERRED,
            CitizenState.RETURNED,
            CitizenState.HIDING,
            CitizenState.TRAVELLING,
            CitizenState.QUEUEING,
            CitizenState.ABROAD);

    private static final Color[] COLOURS = {
        new Color(0xD62728),
        new Color(0x8B0000),
        new Color(0xFF9896),
        new Color(0x9467BD),
        new Color(0xE377C2),
        new Color(0xBCBD22),
        new Color(0xFFBF00),
        new Color(0x98DF8A),
        new Color(0xC7C7C7),
        new Color(0x8C564B),
        new Color(0x9EDAE5),
        new Color(0x17BECF),
        new Color(0x1F77B4),
    };

    @Override
    public String fileName() {
        return "states";
    }

    @Override
    public JFreeChart create() {
        SeamlessStackRenderer r = new SeamlessStackRenderer();
        for (int i = 0; i < STACK.size(); i++) {
            r.setSeriesPaint(i, COLOURS[i]);
        }
        XYPlot plot = ChartLook.plot(new DefaultTableXYDataset(), ChartLook.countAxis("Men"), r);
        plot.setDomainAxis(ChartLook.dateAxis());
        JFreeChart chart = ChartLook.chart("Men of mobilization age by state", plot);
        chart.addSubtitle(ChartLook.caption());
        return chart;
    }

    @Override
    public void update(JFreeChart chart, RunHistory h, int width) {
        DefaultTableXYDataset data = new DefaultTableXYDataset(false);
        for (CitizenState s : STACK) {
            data.addSeries(ChartData.layer(label(s), h.dates(), h.series(Metric.of(s), "all")));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(data);
        ChartData.finish(List.of(plot), h, width);
        double normal = ChartData.last(h.series(Metric.STATE_NORMAL, "all"));
        ChartData.caption(chart, h.caption() + "  \u00b7  not shown: " + millions(normal) + " living normally");
    }

    /**
     * The legend's name of a state: a word or two, so that eleven states fit in two rows of a chart a quarter of the
     * screen wide instead of squeezing the plot (the states' full descriptions are in the ODD and the metrics).
     */
    static String label(CitizenState s) {
        return switch (s) {
            case MOBILIZED -> "In training";
            case DEPLOYED -> "At the front";
            case DETAINED -> "Detained in a raid";
            case ARRESTED -> "Arrested";
            case ACTIVE -> "Protesting";
            case NOTIFIED -> "Summoned";
            case DEFERRED -> "Deferred";
            case RETURNED -> "Sent home";
            case HIDING -> "Hiding";
            case TRAVELLING -> "To a border";
            case QUEUEING -> "Queueing";
            case ABROAD -> "Abroad";
            default -> {
                String l = s.label();
                yield Character.toUpperCase(l.charAt(0)) + l.substring(1);
            }
        };
    }

    static String millions(double persons) {
        if (persons >= 1e6) {
            return String.format(Locale.ENGLISH, "%.1f million", persons / 1e6);
        }
        return String.format(Locale.ENGLISH, "%,.0f", persons);
    }
}
