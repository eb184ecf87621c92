package org.callup.viz.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.callup.viz.charts.ChartCatalog;
import org.callup.viz.charts.EventMarkers;
import org.callup.viz.charts.ObservedHistory;
import org.callup.viz.charts.RunChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Controller;

/**
 * The charts window: every chart of {@link ChartCatalog} in a grid, drawn from the run so far, and the numbered
 * list of the policy events that fired. The simulation thread only asks for a refresh; the charts are touched on
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

    public LiveCharts(LiveHistory history) {
        this.history = history;
        for (RunChart spec : specs) {
            charts.add(spec.create());
        }
    }

    /** Opens the window and lists it in the Console's Displays tab; call on the Swing thread. */
    public JFrame show(Controller controller) {
        JPanel grid = new JPanel(new GridLayout(2, 2, 4, 4));
        for (JFreeChart c : charts) {
            ChartPanel panel = new ChartPanel(c);
            // Draw at the panel's real size: ChartPanel otherwise stretches a small bitmap, blurring the text.
            panel.setMinimumDrawWidth(100);
            panel.setMinimumDrawHeight(100);
            panel.setMaximumDrawWidth(4000);
            panel.setMaximumDrawHeight(3000);
            panel.setPreferredSize(new Dimension(560, 380));
            panels.add(panel);
            grid.add(panel);
        }
        eventText.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        eventText.setEditable(false);
        eventText.setLineWrap(true);
        eventText.setWrapStyleWord(true);
        side = new JScrollPane(
                eventText, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        side.setBorder(BorderFactory.createTitledBorder("Policy events (numbers on the charts)"));
        side.setPreferredSize(new Dimension(320, 200));
        frame = new JFrame("Charts");
        frame.getContentPane().add(grid, BorderLayout.CENTER);
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
        side.setPreferredSize(new Dimension(Math.max(200, Math.min(320, bounds.width / 5)), 200));
        frame.setBounds(bounds);
        frame.validate();
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
