package org.callup.viz.map;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.viz.inspect.LiveScenario;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The map window: regions placed by latitude and longitude, border posts with their queues, and the day's flows from
 * regions to posts, in a MASON {@link Display2D}. A click on a region or a post opens its inspector. It shows the
 * scenario's 24-odd regions and 20-odd posts, never citizens.
 */
public final class MapView {
    /** Width of the map when it opens, in pixels. */
    static final int WIDTH = 1000;
    /** Places sharing one position (the air routes all leave from Sheremetyevo) are spread this far apart... */
    private static final double SPREAD = 1.1;
    /** ...in a row this far south of it, below the discs of the Moscow area. */
    private static final double ROW_SOUTH = 4.5;

    private final MapState state = new MapState();
    private final List<RegionNode> regions = new ArrayList<>();
    private final List<PostNode> posts = new ArrayList<>();
    private final int[] regionScopes;
    private final Display2D display;
    private final MapLegend legend;
    private final Continuous2D field;
    private final double pixelsPerUnit;
    private JFrame frame;

    public MapView(GUIState gui, Scenario scenario, LiveScenario params) {
        ObservationSpace space = new ObservationSpace(scenario);
        List<RegionSpec> rs = scenario.population().regions();
        List<BorderPostSpec> ps = scenario.borders().posts();
        List<double[]> placesSeen = new ArrayList<>();
        rs.forEach(r -> placesSeen.add(new double[] {r.latitude(), r.longitude()}));
        ps.forEach(p -> placesSeen.add(new double[] {p.latitude(), p.longitude()}));
        MapProjection projection = new MapProjection(placesSeen);
        Continuous2D field = new Continuous2D(2.0, projection.width(), projection.height());
        Map<RegionNode, Double2D> where = new HashMap<>();
        List<Integer> scopes = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) {
            RegionSpec spec = rs.get(r);
            if (MapProjection.placeable(spec.latitude(), spec.longitude())) {
                RegionNode node = new RegionNode(spec, space.regionScope(r), state);
                regions.add(node);
                where.put(node, projection.place(spec.latitude(), spec.longitude()));
            }
            scopes.add(space.regionScope(r));
        }
        this.regionScopes = scopes.stream().mapToInt(Integer::intValue).toArray();
        // Large discs first, so that small regions are drawn on top of them and can be clicked.
        regions.sort(Comparator.comparingDouble(RegionPortrayal::diameter).reversed());
        regions.forEach(n -> field.setObjectLocation(n, where.get(n)));
        for (Map.Entry<PostNode, Double2D> e : placePosts(ps, space, params, projection).entrySet()) {
            posts.add(e.getKey());
            field.setObjectLocation(e.getKey(), e.getValue());
        }
        Network flows = new Network(true);
        for (RegionNode r : regions) {
            for (PostNode p : posts) {
                flows.addEdge(r, p, new FlowPortrayal.FlowLink(rs.indexOf(r.spec()), p.index()));
            }
        }
        int height = (int) Math.round(WIDTH * projection.height() / projection.width());
        display = new Display2D(WIDTH, height, gui);
        display.setBackdrop(new Color(0xF4, 0xF6, 0xF8));
        NetworkPortrayal2D flowLayer = new NetworkPortrayal2D();
        flowLayer.setField(new SpatialNetwork2D(field, flows));
        flowLayer.setPortrayalForAll(new FlowPortrayal(state));
        ContinuousPortrayal2D placeLayer = new ContinuousPortrayal2D();
        placeLayer.setField(field);
        placeLayer.setPortrayalForClass(RegionNode.class,
                new RegionPortrayal(state, new LabelPlacer(where, WIDTH / projection.width(),
                        new Rectangle2D.Double(0, 0, projection.width(), projection.height()), postAreas(field))));
        placeLayer.setPortrayalForClass(PostNode.class, new PostPortrayal(state));
        display.attach(flowLayer, "Flows from regions to posts");
        display.attach(placeLayer, "Regions and border posts");
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                // MASON opens inspectors on a double click; students expect one click to do it.
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
                }
            }
        });
        legend = new MapLegend(state, this::measureChanged);
        this.field = field;
        this.pixelsPerUnit = WIDTH / projection.width();
    }

    private void measureChanged() {
        state.setMeasure(legend.selected(), regionScopes);
        legend.refresh();
        display.repaint();
    }

    /** Where each post draws its square, its queue and its wait, for region names to keep clear of. */
    private List<Rectangle2D> postAreas(Continuous2D field) {
        List<Rectangle2D> out = new ArrayList<>();
        for (PostNode p : posts) {
            Double2D at = field.getObjectLocation(p);
            double half = PostPortrayal.SIDE / 2;
            out.add(p.inRow()
                    ? new Rectangle2D.Double(at.x - half, at.y - PostPortrayal.BAR - half, 2 * half,
                            PostPortrayal.BAR + 2 * half + PostPortrayal.WAIT_LABEL)
                    : new Rectangle2D.Double(at.x - half, at.y - PostPortrayal.BAR - half,
                            2 * half + PostPortrayal.WAIT_LABEL, PostPortrayal.BAR + 2 * half));
        }
        return out;
    }

    /** Posts at their positions; posts that share a position are set side by side in a row south of it. */
    private Map<PostNode, Double2D> placePosts(List<BorderPostSpec> ps, ObservationSpace space, LiveScenario params,
            MapProjection projection) {
        Map<String, List<Integer>> byPlace = new LinkedHashMap<>();
        for (int p = 0; p < ps.size(); p++) {
            BorderPostSpec b = ps.get(p);
            if (MapProjection.placeable(b.latitude(), b.longitude())) {
                byPlace.computeIfAbsent(b.latitude() + "," + b.longitude(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<PostNode, Double2D> out = new LinkedHashMap<>();
        for (List<Integer> same : byPlace.values()) {
            for (int k = 0; k < same.size(); k++) {
                int p = same.get(k);
                BorderPostSpec b = ps.get(p);
                Double2D at = projection.place(b.latitude(), b.longitude());
                double[] shift = same.size() > 1
                        ? new double[] {(k - (same.size() - 1) / 2.0) * SPREAD, ROW_SOUTH} : new double[] {0, 0};
                out.put(new PostNode(b, p, space.postScope(p), state, params, shift),
                        new Double2D(at.x + shift[0], at.y + shift[1]));
            }
        }
        return out;
    }

    /** Opens the map's window and lists it in the Console's Displays tab. */
    public JFrame show(Controller controller) {
        frame = display.createFrame();
        frame.setTitle("Map");
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        frame.pack();
        controller.registerFrame(frame);
        frame.setVisible(true);
        return frame;
    }

    /** The observer that keeps the map up to date with a run; add it to the model before it starts. */
    public MapFeed feed(MobilizationModel model) {
        return new MapFeed(model, state, regionScopes);
    }

    /** Rewrites the key after a day; call on the Swing thread. */
    public void refresh() {
        legend.refresh();
    }

    public void setTitle(String title) {
        if (frame != null) {
            frame.setTitle(title);
        }
    }

    public void dispose() {
        if (frame != null) {
            frame.dispose();
        }
    }

    public Display2D display() {
        return display;
    }

    public JFrame frame() {
        return frame;
    }

    public List<RegionNode> regions() {
        return List.copyOf(regions);
    }

    public List<PostNode> posts() {
        return List.copyOf(posts);
    }

    public MapState state() {
        return state;
    }

    /** The colour chooser under the map (for tests and for the GUI's own menu). */
    public JComboBox<MapMeasure> measureChooser() {
        return legend.measureBox();
    }

    /** Where a region or post is on the map when it opens, in pixels from its top left corner. */
    public Point2D.Double pixel(Object node) {
        Double2D at = field.getObjectLocation(node);
        return new Point2D.Double(at.x * pixelsPerUnit, at.y * pixelsPerUnit);
    }
}
