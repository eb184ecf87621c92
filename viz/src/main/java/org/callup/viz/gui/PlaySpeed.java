package org.callup.viz.gui;

import java.awt.BorderLayout;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

/**
 * How fast Play runs, in simulated days per second: MASON's Console steps as fast as it can unless told to sleep
 * between steps, and the default scenario's 78 days would pass in seconds. After each day the pause before the next
 * is set to what is left of the day's share of a second once the day was computed, so the pace holds while days
 * take longer to compute (the busy weeks after the decree). The pause is MASON's own "Delay" of the Console tab.
 */
final class PlaySpeed {
    /** The choices on the slider, in days per second; 0 is as fast as the computer can. */
    static final double[] DAYS_PER_SECOND = {0.5, 1, 2, 5, 10, 20, 0};
    /** Two days a second: the month after the decree takes a quarter of a minute, slow enough to watch. */
    static final int DEFAULT_CHOICE = 2;

    private final LongConsumer sleepMillis;
    private volatile double daysPerSecond = DAYS_PER_SECOND[DEFAULT_CHOICE];
    private volatile long lastDayMillis;
    private long dayStarted;
    private JSlider slider;

    /** @param sleepMillis sets the pause between two days (on the Swing thread) */
    PlaySpeed(LongConsumer sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    double daysPerSecond() {
        return daysPerSecond;
    }

    /** Chooses a speed: days per second, 0 for as fast as possible; on the Swing thread. */
    void choose(double perSecond) {
        if (perSecond < 0 || !Double.isFinite(perSecond)) {
            throw new IllegalArgumentException(
                    "days per second must be 0 (as fast as possible) or more, was " + perSecond);
        }
        daysPerSecond = perSecond;
        if (slider != null) {
            int i = indexOf(perSecond);
            if (i >= 0 && slider.getValue() != i) {
                slider.setValue(i);
            }
        }
        sleepMillis.accept(pause());
    }

    /** The pause to make after a day that took {@code lastDayMillis} to compute. */
    long pause() {
        double perSecond = daysPerSecond;
        return perSecond <= 0 ? 0 : Math.max(0, Math.round(1000 / perSecond) - lastDayMillis);
    }

    /** On the simulation thread, before a day is computed. */
    void dayStarts() {
        dayStarted = System.nanoTime();
    }

    /** On the simulation thread, after a day was computed. */
    void dayEnds() {
        lastDayMillis = (System.nanoTime() - dayStarted) / 1_000_000;
        long p = pause();
        SwingUtilities.invokeLater(() -> sleepMillis.accept(p));
    }

    /** The slider of the Model tab; on the Swing thread. */
    JComponent control() {
        int now = indexOf(daysPerSecond);
        slider = new JSlider(0, DAYS_PER_SECOND.length - 1, now < 0 ? DEFAULT_CHOICE : now);
        Dictionary<Integer, JLabel> labels = new Hashtable<>();
        for (int i = 0; i < DAYS_PER_SECOND.length; i++) {
            labels.put(i, new JLabel(label(DAYS_PER_SECOND[i])));
        }
        slider.setLabelTable(labels);
        slider.setPaintLabels(true);
        slider.setSnapToTicks(true);
        slider.setMajorTickSpacing(1);
        slider.setPaintTicks(true);
        // The end labels are centred on the end ticks: room on both sides keeps "max" whole in a narrow tab.
        slider.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 16));
        slider.setToolTipText("<html>Simulated days per second while playing (\"max\": as fast as the computer can)."
                + "<br>Sets MASON's Delay on the Console tab.</html>");
        slider.addChangeListener(e -> choose(DAYS_PER_SECOND[slider.getValue()]));
        JPanel box = new JPanel(new BorderLayout());
        box.setBorder(BorderFactory.createTitledBorder("Speed, simulated days per second"));
        box.add(slider, BorderLayout.CENTER);
        return box;
    }

    private static String label(double perSecond) {
        return perSecond <= 0
                ? "max"
                : perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }

    private static int indexOf(double perSecond) {
        for (int i = 0; i < DAYS_PER_SECOND.length; i++) {
            if (DAYS_PER_SECOND[i] == perSecond) {
                return i;
            }
        }
        return -1;
    }
}
