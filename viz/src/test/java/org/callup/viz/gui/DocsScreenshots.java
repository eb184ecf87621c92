package org.callup.viz.gui;

import java.awt.Color;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.map.RegionNode;
import sim.display.Console;

/**
 * Takes the screenshots of {@code docs/screenshots}: the GUI on a scenario after some days, with the Model tab, the
 * map, the charts (charts.png as the window opens, gui-charts.png on its last tab), and the inspector of a region.
 * Run it under a display of the screen size to show (the README's are 1600x1000), from the repository root:
 *
 * <pre>
 * Xvfb :5 -screen 0 1600x1000x24 &amp; DISPLAY=:5 ./mvnw -o -q -pl viz exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.callup.viz.gui.DocsScreenshots partial-mobilization-2022 40 ../docs/screenshots"
 * </pre>
 */
public final class DocsScreenshots {
    private DocsScreenshots() {}

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "partial-mobilization-2022";
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path out = Path.of(args.length > 2 ? args[2] : "docs/screenshots");
        var s = ScenarioLibrary.shipped().load(scenario).scenario();
        Console console =
                Swing.call(() -> GuiLauncher.open(s, Runtime.getRuntime().availableProcessors()));
        CallupWithUI gui = (CallupWithUI) console.getSimulation();
        Swing.run(() -> {
            gui.speed().choose(0);
            console.setWhenShouldPause(days);
            console.pressPlay();
        });
        if (!Swing.waitFor(
                () -> console.getPlayState() == Console.PS_PAUSED
                        && gui.history().latest() != null
                        && gui.history().latest().day() + 1 == days,
                600)) {
            throw new IllegalStateException("the run did not reach day " + days);
        }
        Swing.waitFor(() -> false, 2); // let the last refresh of the charts and the map land
        JFrame map = gui.map().frame();
        JFrame charts = gui.charts().frame();
        select(console, "Model");
        Swing.save(Swing.paint(console), out.resolve("console-model.png"));
        Swing.save(overview(List.of(console, map, charts)), out.resolve("gui.png"));
        Swing.save(Swing.paint(map), out.resolve("map.png"));
        Swing.save(Swing.paint(charts), out.resolve("charts.png"));
        // The charts window as it opens on this screen, on the tab of the border and protest charts when they do
        // not share one tab with the others.
        Swing.run(() -> {
            var tabs = gui.charts().tabs();
            if (tabs != null) {
                tabs.setSelectedIndex(tabs.getTabCount() - 1);
            }
        });
        Swing.waitFor(() -> false, 1);
        Swing.save(Swing.paint(charts), out.resolve("gui-charts.png"));
        Swing.run(() -> {
            var tabs = gui.charts().tabs();
            if (tabs != null) {
                tabs.setSelectedIndex(0);
            }
        });
        RegionNode region = gui.map().regions().stream()
                .filter(r -> r.getName().startsWith("Republic of Dagestan"))
                .findFirst()
                .orElse(gui.map().regions().get(0));
        Point2D.Double at = gui.map().pixel(region);
        Swing.run(() -> gui.map()
                .display()
                .insideDisplay
                .dispatchEvent(new MouseEvent(
                        gui.map().display().insideDisplay,
                        MouseEvent.MOUSE_CLICKED,
                        System.currentTimeMillis(),
                        0,
                        (int) at.x,
                        (int) at.y,
                        1,
                        false,
                        MouseEvent.BUTTON1)));
        Swing.waitFor(() -> !console.getAllInspectors().isEmpty(), 10);
        select(console, "Inspectors");
        Swing.save(Swing.paint(console), out.resolve("console-region.png"));
        Swing.run(() -> {
            console.pressStop();
            gui.quit();
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        System.exit(0);
    }

    private static void select(Console console, String tab) throws Exception {
        Swing.run(() -> {
            var tabs = console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).equals(tab)) {
                    tabs.setSelectedIndex(i);
                }
            }
        });
    }

    /** The windows where they open, as one picture. */
    static BufferedImage overview(List<Window> windows) throws Exception {
        Rectangle all = windows.get(0).getBounds();
        for (Window w : windows) {
            all = all.union(w.getBounds());
        }
        BufferedImage img = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, all.width, all.height);
        for (Window w : windows) {
            g.drawImage(Swing.paint(w), w.getX() - all.x, w.getY() - all.y, null);
        }
        g.dispose();
        return img;
    }
}
