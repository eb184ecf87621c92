package org.callup.viz.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;
import org.callup.viz.charts.ChartCatalog;
import org.callup.viz.charts.EventMarkers;
import org.callup.viz.charts.ObservedHistory;
import org.callup.viz.charts.RunChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Controller;

/**
 * The charts window: every chart of {@link ChartCatalog}, drawn from the run so far, in a grid when the window is
 * large enough for all of them at a readable size and otherwise on tabs of as many as fit ({@link ChartGrid}), and
 * the numbered list of the policy events that fired. The simulation thread only asks for a refresh; the charts are touched on
 * the Swing thread alone, and refreshes that pile up while the simulation runs fast are merged into one.
 */
public final class LiveCharts {
    private final LiveHistory history;
    private final List<RunChart> specs = ChartCatalog.all();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final JTextArea eventText = new JTextArea();
    private final AtomicBoolean queued = new AtomicBoolean();
    private JScrollPane side;
    private final List<Runnable> afterRefresh = new ArrayList<>();
    private JFrame frame;
    /** The charts' side of the window: one grid, or tabs of grids when they do not all fit. */
    private final JPanel body = new JPanel(new BorderLayout());

    private ChartGrid grid;
    private boolean compact;
    private JTabbedPane tabs;

    /** Short names of the charts for the tabs, by file name. */
    private static final Map<String, String> TAB_NAMES = Map.of(
            "states", "Men by state",
            "mobilization", "Mobilized",
            "borders", "Borders",
            "protest", "Protests");

    public LiveCharts(LiveHistory history) {
        this.history = history;
        for (RunChart spec : specs) {
            charts.add(spec.create());
        }
    }

    /** Opens the window and lists it in the Console's Displays tab; call on the Swing thread. */
    public JFrame show(Controller controller) {
        for (JFreeChart c : charts) {
            ChartPanel panel = new ChartPanel(c);
            // Draw at the panel's real size: ChartPanel otherwise stretches a small bitmap, blurring the text.
            panel.setMinimumDrawWidth(100);
            panel.setMinimumDrawHeight(100);
            panel.setMaximumDrawWidth(4000);
            panel.setMaximumDrawHeight(3000);
            panel.setPreferredSize(new Dimension(560, 400));
            panels.add(panel);
        }
        eventText.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        eventText.setEditable(false);
        eventText.setLineWrap(true);
        eventText.setWrapStyleWord(true);
        side = new JScrollPane(
                eventText, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        side.setBorder(BorderFactory.createTitledBorder("Policy events"));
        side.setToolTipText("The numbers on the charts' event lines");
        side.setPreferredSize(new Dimension(320, 200));
        body.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                arrange();
            }
        });
        arrange(new ChartGrid(2, 2), false);
        frame = new JFrame("Charts");
        frame.getContentPane().add(body, BorderLayout.CENTER);
        frame.getContentPane().add(side, BorderLayout.EAST);
        frame.pack();
        controller.registerFrame(frame);
        frame.setVisible(true);
        return frame;
    }

    /** Puts the window at {@code bounds}, the list of events taking a fifth of its width; on the Swing thread. */
    public void fitTo(Rectangle bounds) {
        if (frame == null) {
            return;
        }
        side.setPreferredSize(new Dimension(sideWidth(bounds.width), 200));
        frame.setBounds(bounds);
        frame.validate();
        arrange();
    }

    /** The width of the list of events in a window {@code windowWidth} wide: a fifth, from 200 to 320 pixels. */
    static int sideWidth(int windowWidth) {
        return Math.max(200, Math.min(320, windowWidth / 5));
    }

    /** Lays the charts out for the room the window now gives them ({@link ChartGrid}); on the Swing thread. */
    private void arrange() {
        if (body.getWidth() > 0 && body.getHeight() > 0) {
            ChartGrid g = ChartGrid.fit(panels.size(), body.getWidth(), body.getHeight());
            arrange(g, g.compact(panels.size(), body.getHeight()));
        }
    }

    private void arrange(ChartGrid g, boolean compact) {
        if (g.equals(grid) && compact == this.compact) {
            return;
        }
        grid = g;
        this.compact = compact;
        for (JFreeChart c : charts) {
            c.getTitle().setVisible(!compact); // the tab names the chart
        }
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        body.removeAll();
        List<JComponent> pages = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            if (i % g.perPage() == 0) {
                pages.add(new Page(g));
            }
            pages.get(pages.size() - 1).add(panels.get(i));
        }
        for (int p = 0; p < pages.size(); p++) {
            JScrollPane scroll = new JScrollPane(
                    pages.get(p), JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
            scroll.setBorder(BorderFactory.createEmptyBorder());
            pages.set(p, scroll);
        }
        if (pages.size() == 1) {
            tabs = null;
            body.add(pages.get(0), BorderLayout.CENTER);
        } else {
            tabs = new JTabbedPane();
            for (int p = 0; p < pages.size(); p++) {
                List<String> names = new ArrayList<>();
                for (int i = p * g.perPage(); i < Math.min(panels.size(), (p + 1) * g.perPage()); i++) {
                    names.add(TAB_NAMES.getOrDefault(
                            specs.get(i).fileName(), specs.get(i).fileName()));
                }
                tabs.addTab(String.join(" \u00b7 ", names), pages.get(p));
            }
            tabs.setSelectedIndex(Math.min(Math.max(0, selected), pages.size() - 1));
            body.add(tabs, BorderLayout.CENTER);
        }
        body.revalidate();
        body.repaint();
    }

    /**
     * One tab's charts in a grid that fills the tab, and scrolls once the tab is lower than
     * {@link ChartGrid#COMPACT_MIN_HEIGHT} a row.
     */
    private static final class Page extends JPanel implements Scrollable {
        private final int minHeight;

        Page(ChartGrid g) {
            super(new GridLayout(g.rows(), g.columns(), 4, 4));
            minHeight = g.rows() * ChartGrid.COMPACT_MIN_HEIGHT;
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 20;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return !(getParent() instanceof JViewport v) || v.getHeight() >= minHeight;
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            return new Dimension(
                    d.width,
                    Math.max(minHeight, getParent() == null ? 0 : getParent().getHeight()));
        }
    }

    /** Whether the charts are drawn compact, without their titles, because the window is low. */
    boolean compact() {
        return compact;
    }

    /** How the charts are laid out now: charts side by side and above each other on each tab. */
    ChartGrid grid() {
        return grid;
    }

    /** The tabs when the charts take more than one, else null. */
    JTabbedPane tabs() {
        return tabs;
    }

    /** The panel each chart is drawn in, in the order of {@link ChartCatalog#all()}. */
    List<ChartPanel> panels() {
        return List.copyOf(panels);
    }

    /** Asks for the charts to show the run so far; callable from any thread. */
    public void requestRefresh() {
        if (queued.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::refresh);
        }
    }

    /** Redraws every chart from a snapshot of the run; on the Swing thread. */
    void refresh() {
        queued.set(false);
        ObservedHistory h = history.snapshot();
        for (int i = 0; i < specs.size(); i++) {
            int width = panels.isEmpty() ? 560 : Math.max(200, panels.get(i).getWidth());
            specs.get(i).update(charts.get(i), h, width);
        }
        String text = String.join("\n", EventMarkers.legend(h.events()));
        if (!text.equals(eventText.getText())) {
            eventText.setText(text);
        }
        afterRefresh.forEach(Runnable::run);
    }

    /** Something else to do on the Swing thread after each refresh (the map's key, the window titles). */
    public void alsoOnRefresh(Runnable r) {
        afterRefresh.add(r);
    }

    /** The charts, in the order of {@link ChartCatalog#all()}. */
    public List<JFreeChart> charts() {
        return List.copyOf(charts);
    }

    public JFrame frame() {
        return frame;
    }

    public void dispose() {
        if (frame != null) {
            frame.dispose();
        }
    }
}
