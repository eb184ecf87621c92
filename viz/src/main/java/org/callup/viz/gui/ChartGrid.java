package org.callup.viz.gui;

/**
 * How the charts window shows its charts in the room it has: as many side by side and above each other as fit at a
 * readable size, and the rest on further tabs. The border and protest charts stack two or three panels and a legend
 * of several lines, so a chart is readable from about {@value #MIN_WIDTH} by {@value #MIN_HEIGHT} pixels; in a 2 by
 * 2 grid at 1600x1000 each had about 450 by 230 and its panels were squashed flat. Where not even one chart a tab
 * gets that height (the charts window is about 370 pixels high on a 1366x768 laptop with a panel), the charts are
 * drawn compact: one a tab, without their title, which the tab already gives, and at least
 * {@value #COMPACT_MIN_HEIGHT} pixels high, the tab scrolling when it is lower still.
 *
 * @param columns charts side by side
 * @param rows    charts above each other
 */
record ChartGrid(int columns, int rows) {
    /** The narrowest a chart is drawn: its axis labels and two-column legend still fit. */
    static final int MIN_WIDTH = 420;
    /** The lowest a chart is drawn: title, caption, two panels and a three-line legend. */
    static final int MIN_HEIGHT = 380;
    /** The lowest a compact chart is drawn, without its title: caption, two panels and a three-line legend. */
    static final int COMPACT_MIN_HEIGHT = 290;
    /** The tabs' row of titles, taken from the height when there is more than one page. */
    static final int TAB_HEIGHT = 30;

    /** Charts on one tab. */
    int perPage() {
        return columns * rows;
    }

    /** Tabs needed for {@code charts} charts. */
    int pages(int charts) {
        return (charts + perPage() - 1) / perPage();
    }

    /** The height of one tab's page, when {@code charts} charts share {@code height} pixels this way. */
    int pageHeight(int charts, int height) {
        return pages(charts) > 1 ? height - TAB_HEIGHT : height;
    }

    /** Whether the charts get less than their readable height this way and are drawn compact. */
    boolean compact(int charts, int height) {
        return pageHeight(charts, height) / rows < MIN_HEIGHT;
    }

    /**
     * The arrangement of {@code charts} charts in {@code width} by {@code height} pixels: all of them at once when
     * each still gets its minimum size, else the most per tab that do (at least one, however small the room). Of
     * equal counts, the one whose charts are the least squashed wins.
     */
    static ChartGrid fit(int charts, int width, int height) {
        ChartGrid best = new ChartGrid(1, 1);
        double bestScore = -1;
        for (int cols = 1; cols <= charts; cols++) {
            for (int rows = 1; cols * rows <= charts; rows++) {
                ChartGrid g = new ChartGrid(cols, rows);
                if (g.pages(charts) > 1 && charts % g.perPage() != 0) {
                    continue; // tabs of unequal charts: a last tab of one chart beside tabs of three
                }
                int h = g.pageHeight(charts, height);
                double w = (double) width / cols;
                double hh = (double) h / rows;
                if (w < MIN_WIDTH || hh < MIN_HEIGHT) {
                    continue;
                }
                // More charts at once first; then the cell closest to a chart's own shape (about 3:2).
                double score = g.perPage() * 10 - Math.abs(Math.log(w / hh / 1.5));
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
        }
        return best;
    }
}
