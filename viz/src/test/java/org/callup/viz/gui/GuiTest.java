package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.swing.JFrame;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.charts.ObservedHistory;
import org.callup.viz.inspect.GroupedInspector;
import org.callup.viz.inspect.PropertyGroup;
import org.callup.viz.map.MapMeasure;
import org.callup.viz.map.PostNode;
import org.callup.viz.map.RegionNode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.inspector.ChartingPropertyInspector;
import sim.portrayal.inspector.PropertyInspector;
import sim.portrayal.inspector.TimeSeriesChartingPropertyInspector;

/**
 * What a student does with {@code callup gui smoke}: press Play, read the charts and the map, close the land borders
 * from the Model tab, and see no one cross them from the next day. Needs a display: CI runs it under xvfb-run.
 * Screenshots go to {@code target/screenshots}.
 */
class GuiTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final int DAYS_BEFORE = 4;
    static final int DAYS_AFTER = 6;

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run, or on a desktop");
    }

    @Test
    void aStudentRunsTheSmokeScenarioClosesTheLandBordersAndSeesTheEffect() throws Exception {
        Scenario smoke = ScenarioLibrary.shipped().load("smoke").scenario();
        Console console = Swing.call(() -> GuiLauncher.open(smoke, 2));
        CallupWithUI gui = (CallupWithUI) console.getSimulation();
        JFrame mapFrame = gui.map().frame();
        JFrame chartFrame = gui.charts().frame();
        try {
            assertTrue(console.isShowing() && mapFrame.isShowing() && chartFrame.isShowing());
            assertEquals("callup: smoke, not started", console.getTitle());
            Rectangle screen = WindowLayout.usable(console.getGraphicsConfiguration());
            for (Window w : List.of(console, mapFrame, chartFrame)) {
                assertTrue(screen.contains(w.getBounds()), w.getName() + " " + w.getBounds() + " within " + screen);
            }
            assertFalse(mapFrame.getBounds().intersects(chartFrame.getBounds()), "the map and the charts tile");
            assertEquals(2.0, gui.speed().daysPerSecond(), "Play runs two days a second unless told otherwise");
            assertEquals(500, console.getPlaySleep(), "MASON's own delay says the same");
            long started = System.nanoTime();

            playUntil(console, DAYS_BEFORE);
            assertTrue(
                    System.nanoTime() - started >= (DAYS_BEFORE - 1) * 500_000_000L,
                    "at two days a second, four days take at least a second and a half");
            Swing.run(() -> gui.speed().choose(0));
            String day3 = "day 3 \u00b7 " + smoke.startDate().plusDays(3) + " (of days 0-9)";
            assertTrue(Swing.waitFor(() -> console.getTitle().contains(day3), 10), console.getTitle());
            assertTrue(mapFrame.getTitle().contains(day3), mapFrame.getTitle());
            JFreeChart states = gui.charts().charts().get(0);
            assertEquals(DAYS_BEFORE, states.getXYPlot().getDataset().getItemCount(0));
            XYSeriesCollection crossings = (XYSeriesCollection)
                    subplots(gui.charts().charts().get(2)).get(0).getDataset();
            assertEquals(smoke.borders().posts().size(), crossings.getSeriesCount(), "every post of smoke is shown");
            assertEquals(DAYS_BEFORE, crossings.getItemCount(0));
            assertEquals(DAYS_BEFORE - 1, gui.map().state().snapshot().day().day());
            Swing.run(() -> gui.map().measureChooser().setSelectedItem(MapMeasure.ABROAD));
            assertEquals(MapMeasure.ABROAD, gui.map().state().measure(), "the map's colour follows the chooser");

            GroupedInspector model = (GroupedInspector) console.getModelInspector();
            PropertyGroup borders = model.group("Borders").properties();
            int landOpen = borders.indexOf("Land borders open");
            Swing.run(() -> borders.setValue(landOpen, Boolean.FALSE));
            assertEquals(Boolean.FALSE, borders.getValue(landOpen), "the paused Model tab shows the change asked for");
            PostNode land = gui.map().posts().stream()
                    .filter(p -> p.getMode().equals("road"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(land.getOpen(), "the post's own inspector agrees");

            PropertyGroup today = model.group("Today").properties();
            ChartingPropertyInspector mason = openMasonChart(console, gui, today, today.indexOf("Mobilized so far"));

            playUntil(console, DAYS_AFTER);
            ObservedHistory h = gui.history().snapshot();
            double before = 0;
            for (BorderPostSpec p : smoke.borders().posts()) {
                double[] c = h.series(Metric.CROSSINGS_OUT, "post:" + p.id());
                if (p.mode() != PostMode.AIR) {
                    before += c[DAYS_BEFORE - 1];
                    for (int d = DAYS_BEFORE; d < DAYS_AFTER; d++) {
                        assertEquals(0.0, c[d], p.id() + " is closed from day " + (DAYS_BEFORE + 1));
                    }
                }
            }
            assertTrue(before > 0, "the land posts were busy before they closed");
            assertTrue(Swing.waitFor(() -> states.getXYPlot().getDataset().getItemCount(0) == DAYS_AFTER, 10));
            XYSeriesCollection masonSeries =
                    (XYSeriesCollection) mason.getGenerator().getSeriesDataset();
            assertTrue(
                    masonSeries.getSeries(0).getItemCount() >= DAYS_AFTER - DAYS_BEFORE,
                    "MASON's own chart of a Model property follows the days");

            int inspectorsBefore = console.getAllInspectors().size();
            RegionNode biggest = gui.map().regions().stream()
                    .max(Comparator.comparingLong(RegionNode::getResidents))
                    .orElseThrow();
            click(gui.map().display(), gui.map().pixel(biggest));
            assertTrue(
                    Swing.waitFor(() -> console.getAllInspectors().size() > inspectorsBefore, 10),
                    "a click on a region opens its inspector");
            assertEquals(1, console.getAllInspectors().size() - inspectorsBefore, "one click, one inspector");
            RegionNode named = gui.map().regions().stream()
                    .filter(r -> gui.map().labelPixel(r) != null)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertSame(
                    named,
                    Swing.call(() -> gui.map().pick(gui.map().labelPixel(named))),
                    "a click on a name means its region");

            screenshots(console, mapFrame, chartFrame, mason);
        } finally {
            Swing.run(() -> {
                console.pressStop();
                gui.quit();
                for (Frame f : Frame.getFrames()) {
                    f.dispose();
                }
                Console.allControllers.remove(console);
            });
        }
    }

    @Test
    void loadingAnotherScenarioFromTheMenuOpensItInAFreshConsole() throws Exception {
        Scenario smoke = ScenarioLibrary.shipped().load("smoke").scenario();
        Console first = Swing.call(() -> GuiLauncher.open(smoke, 1));
        Console[] second = new Console[1];
        try {
            Swing.run(() -> ScenarioMenu.load(first, (CallupWithUI) first.getSimulation(), "no-exemptions"));
            assertTrue(Swing.waitFor(() -> !first.isDisplayable(), 10), "the old Console is closed");
            second[0] = (Console) Console.allControllers.keySet().stream()
                    .filter(c -> c != first)
                    .findFirst()
                    .orElseThrow();
            assertEquals("callup: no-exemptions, not started", second[0].getTitle());
            CallupWithUI gui = (CallupWithUI) second[0].getSimulation();
            assertEquals(
                    ScenarioLibrary.shipped()
                            .load("no-exemptions")
                            .scenario()
                            .borders()
                            .posts()
                            .size(),
                    gui.map().posts().size(),
                    "the map shows the new scenario's posts");
            assertEquals(first.getLocation(), second[0].getLocation());
        } finally {
            Swing.run(() -> {
                for (Frame f : Frame.getFrames()) {
                    f.dispose();
                }
                Console.allControllers.clear();
            });
        }
    }

    /** Plays until {@code days} days are done and the Console has paused. */
    private static void playUntil(Console console, int days) throws Exception {
        CallupWithUI gui = (CallupWithUI) console.getSimulation();
        Swing.run(() -> {
            console.setWhenShouldPause(days);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause(); // resumes; Play while paused would step one day, as in every MASON Console
            } else {
                console.pressPlay();
            }
        });
        assertTrue(
                Swing.waitFor(
                        () -> console.getPlayState() == Console.PS_PAUSED
                                && gui.history().latest() != null
                                && gui.history().latest().day() + 1 == days,
                        60),
                "paused after day " + days);
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> subplots(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    /** What the Model tab's property menu does when a student picks "Chart". */
    private static ChartingPropertyInspector openMasonChart(
            Console console, CallupWithUI gui, PropertyGroup props, int index) throws Exception {
        return Swing.call(() -> {
            PropertyInspector i = PropertyInspector.makeInspector(
                    TimeSeriesChartingPropertyInspector.class, props, index, console, gui);
            assertTrue(i.isValidInspector());
            i.setStopper(i.reviseStopper(gui.scheduleRepeatingImmediatelyAfter(i.getUpdateSteppable())));
            i.createFrame(i.getStopper()).setVisible(true);
            return (ChartingPropertyInspector) i;
        });
    }

    private static void click(Display2D display, Point2D.Double at) throws Exception {
        Swing.run(() -> display.insideDisplay.dispatchEvent(new MouseEvent(
                display.insideDisplay,
                MouseEvent.MOUSE_CLICKED,
                System.currentTimeMillis(),
                0,
                (int) at.x,
                (int) at.y,
                1,
                false,
                MouseEvent.BUTTON1)));
    }

    private static void screenshots(Console console, JFrame map, JFrame charts, ChartingPropertyInspector mason)
            throws Exception {
        Swing.run(() -> selectTab(console, "Model"));
        Swing.save(Swing.paint(console), SHOTS.resolve("console-model.png"));
        Swing.run(() -> selectTab(console, "Inspectors"));
        Swing.save(Swing.paint(console), SHOTS.resolve("console-region.png"));
        Swing.save(Swing.paint(map), SHOTS.resolve("map.png"));
        Swing.save(Swing.paint(charts), SHOTS.resolve("charts.png"));
        Swing.run(() -> selectTab(console, "Model"));
        Swing.save(DocsScreenshots.overview(List.of(console, map, charts)), SHOTS.resolve("gui.png"));
        Swing.save(Swing.paint(mason.getGenerator()), SHOTS.resolve("mason-chart.png"));
    }

    private static void selectTab(Console console, String title) {
        var tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals(title)) {
                tabs.setSelectedIndex(i);
            }
        }
    }
}
