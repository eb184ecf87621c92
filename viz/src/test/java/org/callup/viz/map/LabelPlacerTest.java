package org.callup.viz.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.util.Double2D;

class LabelPlacerTest {
    private static final double PIXELS_PER_UNIT = 15;

    @Test
    void namesOfTheDefaultScenarioNeitherOverlapNorLeaveTheMap() throws Exception {
        Scenario s = ScenarioLibrary.shipped().load("partial-mobilization-2022").scenario();
        List<double[]> places = new ArrayList<>();
        s.population().regions().forEach(r -> places.add(new double[] {r.latitude(), r.longitude()}));
        MapProjection projection = new MapProjection(places);
        Map<RegionNode, Double2D> where = new HashMap<>();
        MapState state = new MapState();
        for (RegionSpec r : s.population().regions()) {
            where.put(new RegionNode(r, 1, state), projection.place(r.latitude(), r.longitude()));
        }
        Rectangle2D field = new Rectangle2D.Double(0, 0, projection.width(), projection.height());

        LabelPlacer labels = new LabelPlacer(where, PIXELS_PER_UNIT, field, List.of(), List.of());

        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB)
                .createGraphics()
                .getFontMetrics(RegionPortrayal.LABEL);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Map.Entry<RegionNode, Double2D> e : where.entrySet()) {
            Point2D.Double off = labels.offset(e.getKey());
            if (off != null) {
                double w = (fm.stringWidth(labels.text(e.getKey())) + 4) / PIXELS_PER_UNIT;
                double h = (fm.getAscent() + 2) / PIXELS_PER_UNIT;
                Rectangle2D box = new Rectangle2D.Double(
                        e.getValue().x + off.x - w / 2 + 0.01,
                        e.getValue().y + off.y - h / 2 + 0.01,
                        w - 0.02,
                        h - 0.02);
                assertTrue(field.contains(box), labels.text(e.getKey()));
                for (Rectangle2D other : boxes) {
                    assertFalse(other.intersects(box), labels.text(e.getKey()));
                }
                boxes.add(box);
            }
        }
        assertTrue(boxes.size() >= where.size() * 2 / 3, boxes.size() + " of " + where.size() + " named");
    }

    /**
     * The map opens at a scale of about 0.55 on a 1366-pixel laptop screen and 0.78 at 1600x1000 (the map's own
     * zoom, of {@link MapView#WIDTH} pixels); the row of Moscow's air routes lies just south of the Moscow discs.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.55, 0.78, 1.0, 2.0})
    void noNameCoversAPostAndTheMoscowAreaKeepsItsNames(double zoom) throws Exception {
        Scenario s = ScenarioLibrary.shipped().load("partial-mobilization-2022").scenario();
        List<double[]> places = new ArrayList<>();
        s.population().regions().forEach(r -> places.add(new double[] {r.latitude(), r.longitude()}));
        s.borders().posts().forEach(p -> places.add(new double[] {p.latitude(), p.longitude()}));
        MapProjection projection = new MapProjection(places);
        Map<RegionNode, Double2D> where = new HashMap<>();
        MapState state = new MapState();
        for (RegionSpec r : s.population().regions()) {
            where.put(new RegionNode(r, 1, state), projection.place(r.latitude(), r.longitude()));
        }
        List<Double2D> posts =
                List.copyOf(MapView.postPlaces(s.borders().posts(), projection).values());
        double pixelsPerUnit = zoom * MapView.WIDTH / projection.width();
        Rectangle2D field = new Rectangle2D.Double(0, 0, projection.width(), projection.height());

        LabelPlacer labels = new LabelPlacer(where, pixelsPerUnit, field, List.of(), posts);

        double half = PostPortrayal.SIDE / 2;
        for (RegionNode r : where.keySet()) {
            Rectangle2D box = labels.box(r);
            if (box != null) {
                for (Double2D p : posts) {
                    assertFalse(
                            box.intersects(p.x - half, p.y - half, 2 * half, 2 * half),
                            labels.text(r) + " covers the post at " + p);
                }
            }
        }
        for (String id : List.of("moscow_city", "central_fd_rest")) {
            RegionNode r = where.keySet().stream()
                    .filter(n -> n.spec().id().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertNotNull(labels.box(r), labels.text(r) + " is named at a zoom of " + zoom);
        }
    }

    @Test
    void districtRemaindersAreCalledTheRest() {
        assertEquals(
                "Central FD (rest)",
                LabelPlacer.shortName("Central FD excl. Moscow city, Moscow Oblast, Ryazan Oblast"));
        assertEquals("Moscow city", LabelPlacer.shortName("Moscow city"));
        assertEquals("Southern FD (rest)", LabelPlacer.shortName("Southern FD excl. Krasnodar Krai (incl. Crimea)"));
    }
}
