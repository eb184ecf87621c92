package org.callup.viz.charts;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a run. The same object draws the live chart of the GUI (created once, updated every day on the Swing
 * thread) and the static chart of a finished run (created, updated once, written to a file).
 */
public interface RunChart {
    /** Base name of the chart's files, e.g. {@code states} for {@code charts/states.png}. */
    String fileName();

    /** A chart with empty data, styled, ready to be shown or updated. */
    JFreeChart create();

    /**
     * Replaces the chart's data with the history's, marks its events and rewrites its caption.
     *
     * @param width the width the chart will be drawn at, in pixels: events too close to be numbered apart at that
     *              width share one line
     */
    void update(JFreeChart chart, RunHistory history, int width);
}
