package org.callup.viz.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/** Reads the text a chart shows besides its data, for tests. */
final class ChartsText {
    private ChartsText() {}

    /** The caption under the title. */
    static String caption(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                return t.getText();
            }
        }
        return "";
    }
}
