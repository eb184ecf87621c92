package org.callup.viz.gui;

import java.awt.Rectangle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;
import sim.display.Console;

/**
 * Opens callup's GUI: a MASON Console with the map and the charts. Loading another scenario opens a fresh Console
 * in the old one's place and closes the old one, as MASON's own "New Simulation" does, so that nothing of the
 * previous scenario (its posts, its seed, its inspectors) lingers.
 */
public final class GuiLauncher {
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final CountDownLatch ALL_CLOSED = new CountDownLatch(1);

    private GuiLauncher() {}

    /** Opens a Console on the scenario and shows it; call on the Swing thread. */
    public static Console open(Scenario scenario, int threads) {
        return show(new CallupWithUI(scenario, threads), WindowLayout.usableDefault());
    }

    /**
     * Opens a Console on a loaded scenario, as changed by options, and shows it; call on the Swing thread. A saved
     * experiment extends the loaded scenario.
     */
    public static Console open(ResolvedScenario loaded, Scenario changed, int threads) {
        return show(
                new CallupWithUI(changed, loaded.origin(), loaded.scenario(), threads), WindowLayout.usableDefault());
    }

    /** Opens a Console and lays out its windows on the free area {@code screen} of a screen. */
    private static Console show(CallupWithUI gui, Rectangle screen) {
        OPEN.incrementAndGet();
        Console console = new Console(gui) {
            private static final long serialVersionUID = 1L;

            @Override
            public void doClose() {
                super.doClose();
                if (!isDisplayable() && OPEN.decrementAndGet() == 0) {
                    ALL_CLOSED.countDown();
                }
            }
        };
        // Larger than MASON's 380 x 380, so that the Model tab's groups can be read without scrolling, and beside
        // the map and the charts rather than under them.
        WindowLayout layout = WindowLayout.within(screen);
        console.setBounds(layout.console());
        gui.arrange(layout);
        console.setVisible(true);
        return console;
    }

    /** Replaces a Console by one on another scenario, on the same screen; on the Swing thread. */
    public static Console replace(Console old, ResolvedScenario loaded, int threads) {
        Console fresh = show(
                new CallupWithUI(loaded.scenario(), loaded.origin(), loaded.scenario(), threads),
                WindowLayout.usable(old.getGraphicsConfiguration()));
        old.doClose();
        return fresh;
    }

    /** Opens the GUI from any thread and waits until its last Console is closed. */
    public static void openAndWait(Scenario scenario, int threads) throws InterruptedException {
        SwingUtilities.invokeLater(() -> open(scenario, threads));
        ALL_CLOSED.await();
    }

    /** Opens the GUI on a loaded scenario, as changed by options, and waits until its last Console is closed. */
    public static void openAndWait(ResolvedScenario loaded, Scenario changed, int threads) throws InterruptedException {
        SwingUtilities.invokeLater(() -> open(loaded, changed, threads));
        ALL_CLOSED.await();
    }
}
