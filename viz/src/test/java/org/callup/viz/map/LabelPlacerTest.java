package org.callup.viz.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        LabelPlacer labels = new LabelPlacer(where, PIXELS_PER_UNIT, field, List.of());

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

    @Test
    void districtRemaindersAreCalledTheRest() {
        assertEquals(
                "Central FD (rest)",
                LabelPlacer.shortName("Central FD excl. Moscow city, Moscow Oblast, Ryazan Oblast"));
        assertEquals("Moscow city", LabelPlacer.shortName("Moscow city"));
        assertEquals("Southern FD (rest)", LabelPlacer.shortName("Southern FD excl. Krasnodar Krai (incl. Crimea)"));
    }
}
