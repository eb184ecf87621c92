package org.callup.viz.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.GridArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.text.TextBlockAnchor;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The numbered list of policy events under a chart written to a file, in two columns read top to bottom. The GUI
 * shows the same list once, beside its charts, instead.
 */
final class EventListTitle {
    static final int COLUMNS = 2;

    private EventListTitle() {}

    /** Adds the list under the chart; returns the number of lines it takes (0 when no event fired). */
    static int add(JFreeChart chart, List<MarkedEvent> events) {
        List<String> lines = EventMarkers.legend(events);
        if (lines.isEmpty()) {
            return 0;
        }
        int rows = (lines.size() + COLUMNS - 1) / COLUMNS;
        BlockContainer grid = new BlockContainer(new GridArrangement(rows, COLUMNS));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int i = c * rows + r;
                grid.add(cell(i < lines.size() ? lines.get(i) : ""));
            }
        }
        CompositeTitle title = new CompositeTitle(grid);
        title.setPosition(RectangleEdge.BOTTOM);
        title.setPadding(new RectangleInsets(8, 8, 6, 8));
        chart.addSubtitle(0, title); // first is outermost: the legend stays right under the plot
        return rows;
    }

    private static LabelBlock cell(String text) {
        LabelBlock b = new LabelBlock(text, ChartLook.LEGEND, ChartLook.TEXT);
        b.setContentAlignmentPoint(TextBlockAnchor.CENTER_LEFT);
        b.setTextAnchor(RectangleAnchor.LEFT);
        b.setPadding(new RectangleInsets(1, 4, 1, 12));
        return b;
    }
}
