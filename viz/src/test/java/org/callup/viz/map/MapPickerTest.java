package org.callup.viz.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.inspect.LiveScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.util.Double2D;

/** Clicks on the default scenario's map, in field coordinates, at several zooms. */
class MapPickerTest {
    private static final Map<RegionNode, Double2D> REGIONS = new HashMap<>();
    private static final Map<PostNode, Double2D> POSTS = new LinkedHashMap<>();
    private static LabelPlacer labels;
    private static MapPicker picker;

    @BeforeAll
    static void map() throws Exception {
        Scenario s = ScenarioLibrary.shipped().load("partial-mobilization-2022").scenario();
        List<double[]> places = new ArrayList<>();
        s.population().regions().forEach(r -> places.add(new double[] {r.latitude(), r.longitude()}));
        s.borders().posts().forEach(p -> places.add(new double[] {p.latitude(), p.longitude()}));
        MapProjection projection = new MapProjection(places);
        MapState state = new MapState();
        for (RegionSpec r : s.population().regions()) {
            REGIONS.put(new RegionNode(r, 1, state), projection.place(r.latitude(), r.longitude()));
        }
        LiveScenario params = new LiveScenario(s);
        for (int i = 0; i < s.borders().posts().size(); i++) {
            BorderPostSpec p = s.borders().posts().get(i);
            if (p.id().equals("upper_lars")) {
                POSTS.put(
                        new PostNode(p, i, 1, state, params, new double[] {0, 0}),
                        projection.place(p.latitude(), p.longitude()));
            }
        }
        Rectangle2D field = new Rectangle2D.Double(0, 0, projection.width(), projection.height());
        labels = new LabelPlacer(REGIONS, 15, field, List.of(), List.of());
        picker = new MapPicker(REGIONS, POSTS, labels);
    }

    private static RegionNode region(String id) {
        return REGIONS.keySet().stream()
                .filter(r -> r.spec().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(doubles = {8, 15, 30})
    void aClickOnANameMeansItsRegionWhateverDiscIsBelow(double pixelsPerUnit) {
        labels.atScale(pixelsPerUnit);
        int named = 0;
        for (RegionNode r : REGIONS.keySet()) {
            Rectangle2D box = labels.box(r);
            if (box != null) {
                named++;
                for (double[] at : new double[][] {
                    {box.getCenterX(), box.getCenterY()},
                    {box.getMinX() + 1e-3, box.getMinY() + 1e-3},
                    {box.getMaxX() - 1e-3, box.getMaxY() - 1e-3}
                }) {
                    assertSame(r, picker.pick(new Double2D(at[0], at[1]), pixelsPerUnit), r.getName());
                }
            }
        }
        assertTrue(named >= 8, named + " names at " + pixelsPerUnit + " pixels per degree");
    }

    @Test
    void moscowsNameMeansMoscowNotTheVolgaDistrict() {
        labels.atScale(15);
        Rectangle2D box = labels.box(region("moscow_city"));
        assertNotNull(box, "Moscow is named at the map's opening zoom");
        assertSame(region("moscow_city"), picker.pick(new Double2D(box.getCenterX(), box.getCenterY()), 15));
    }

    @ParameterizedTest
    @ValueSource(doubles = {8, 15, 30})
    void aClickOnAMarkerMeansTheNearestMarkerNotTheLargestDiscUnderIt(double pixelsPerUnit) {
        labels.atScale(pixelsPerUnit);
        for (Map.Entry<RegionNode, Double2D> e : REGIONS.entrySet()) {
            Double2D c = e.getValue();
            Double2D nearCentre = new Double2D(c.x + 0.05, c.y - 0.05);
            if (onAName(nearCentre) == null) {
                assertSame(
                        e.getKey(),
                        picker.pick(nearCentre, pixelsPerUnit),
                        e.getKey().getName());
            }
        }
        // Moscow city lies inside the discs of Moscow Oblast and the rest of the Central district.
        Double2D moscow = REGIONS.get(region("moscow_city"));
        Double2D oblast = REGIONS.get(region("moscow_oblast"));
        Double2D nearerMoscow = new Double2D(moscow.x * 0.7 + oblast.x * 0.3, moscow.y * 0.7 + oblast.y * 0.3);
        if (onAName(nearerMoscow) == null) {
            assertSame(region("moscow_city"), picker.pick(nearerMoscow, pixelsPerUnit));
        }
        PostNode lars = POSTS.keySet().iterator().next();
        Double2D at = POSTS.get(lars);
        assertSame(lars, picker.pick(new Double2D(at.x + 0.1, at.y + 0.1), pixelsPerUnit));
        double slack = MapPicker.SLACK_PIXELS / pixelsPerUnit;
        Double2D beside = new Double2D(at.x, at.y - PostPortrayal.SIDE / 2 - slack * 0.9);
        boolean regionNearer = REGIONS.values().stream().anyMatch(c -> c.distance(beside) < at.distance(beside));
        if (!regionNearer && onAName(beside) == null) {
            assertSame(lars, picker.pick(beside, pixelsPerUnit), "a few pixels beside a post still mean the post");
        }
    }

    @Test
    void aClickOnEmptyMapMeansNothing() {
        labels.atScale(15);
        assertNull(picker.pick(new Double2D(0.01, 0.01), 15));
        assertEquals(null, picker.pick(new Double2D(-5, -5), 15));
    }

    private static RegionNode onAName(Double2D at) {
        for (RegionNode r : REGIONS.keySet()) {
            Rectangle2D b = labels.box(r);
            if (b != null && b.contains(at.x, at.y)) {
                return r;
            }
        }
        return null;
    }
}
