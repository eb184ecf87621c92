package org.callup.viz.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.callup.model.params.Scenario;
import sim.display.Console;

/**
 * Opens callup's GUI: a MASON Console with the map and the charts. Loading another scenario opens a fresh Console
 * in the old one's place and closes the old one, as MASON's own "New Simulation" does, so that nothing of the
 * previous scenario (its posts, its seed, its inspectors) lingers.
 */
public final class GuiLauncher {
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final CountDownLatch ALL_CLOSED = new CountDownLatch(1);

    private GuiLauncher() {
    }

    /** Opens a Console on the scenario and shows it; call on the Swing thread. */
    public static Console open(Scenario scenario, int threads) {
        return show(new CallupWithUI(scenario, threads), null);
    }

    private static Console show(CallupWithUI gui, Point at) {
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
        // Wider and taller than MASON's 380 x 380, so that the Model tab's groups can be read without scrolling.
        int screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().height;
        console.setSize(CallupWithUI.CONSOLE_WIDTH, Math.max(380, Math.min(900, screen - 20)));
        if (at != null) {
            console.setLocation(at);
        }
        console.setVisible(true);
        return console;
    }

    /** Replaces a Console by one on another scenario, at the same place on the screen; on the Swing thread. */
    public static Console replace(Console old, Scenario scenario, int threads) {
        Console fresh = show(new CallupWithUI(scenario, threads), old.getLocation());
        old.doClose();
        return fresh;
    }

    /** Opens the GUI from any thread and waits until its last Console is closed. */
    public static void openAndWait(Scenario scenario, int threads) throws InterruptedException {
        SwingUtilities.invokeLater(() -> open(scenario, threads));
        ALL_CLOSED.await();
    }
}
