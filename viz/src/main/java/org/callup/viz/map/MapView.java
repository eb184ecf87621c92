package org.callup.viz.map;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
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
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The map window: regions placed by latitude and longitude, border posts with their queues, and the day's flows from
 * regions to posts, in a MASON {@link Display2D}. A click on a region or a post (or a region's name) opens the
 * inspector of that one place, found by {@link MapPicker}. The map opens zoomed to fit its window. It shows the
 * scenario's 24-odd regions and 20-odd posts, never citizens.
 */
public final class MapView {
    /** Width of the map when it opens, in pixels. */
    static final int WIDTH = 1000;
    /** Places sharing one position (the air routes all leave from Sheremetyevo) are spread this far apart... */
    private static final double SPREAD = 1.1;
    /**
     * ...in a row this far south of it: below the discs of the Moscow area and the name of the Central district
     * under them (at 4.5 the name and the row overlapped at the zoom a 1366 or 1600 pixel wide screen opens with),
     * above the Southern district's disc.
     */
    private static final double ROW_SOUTH = 6.0;

    private final MapState state = new MapState();
    private final List<RegionNode> regions = new ArrayList<>();
    private final List<PostNode> posts = new ArrayList<>();
    private final int[] regionScopes;
    private final Display2D display;
    private final MapLegend legend;
    private final Continuous2D field;
    private final ContinuousPortrayal2D placeLayer = new ContinuousPortrayal2D();
    private final RegionPortrayal regionPortrayal;
    private final PostPortrayal postPortrayal;
    private final MapPicker picker;
    private final GUIState gui;
    private final int height;
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
        this.gui = gui;
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
        Map<PostNode, Double2D> postsAt = placePosts(ps, space, params, projection);
        for (Map.Entry<PostNode, Double2D> e : postsAt.entrySet()) {
            posts.add(e.getKey());
            field.setObjectLocation(e.getKey(), e.getValue());
        }
        Network flows = new Network(true);
        for (RegionNode r : regions) {
            for (PostNode p : posts) {
                flows.addEdge(r, p, new FlowPortrayal.FlowLink(rs.indexOf(r.spec()), p.index()));
            }
        }
        height = (int) Math.round(WIDTH * projection.height() / projection.width());
        display = new Display2D(WIDTH, height, gui);
        display.setBackdrop(new Color(0xF4, 0xF6, 0xF8));
        NetworkPortrayal2D flowLayer = new NetworkPortrayal2D();
        flowLayer.setField(new SpatialNetwork2D(field, flows));
        flowLayer.setPortrayalForAll(new FlowPortrayal(state));
        placeLayer.setField(field);
        LabelPlacer labels = new LabelPlacer(
                where,
                WIDTH / projection.width(),
                new Rectangle2D.Double(0, 0, projection.width(), projection.height()),
                postAreas(field),
                List.copyOf(postsAt.values()));
        regionPortrayal = new RegionPortrayal(state, labels);
        postPortrayal = new PostPortrayal(state);
        placeLayer.setPortrayalForClass(RegionNode.class, regionPortrayal);
        placeLayer.setPortrayalForClass(PostNode.class, postPortrayal);
        picker = new MapPicker(where, postsAt, labels);
        display.attach(flowLayer, "Flows from regions to posts");
        display.attach(placeLayer, "Regions and border posts");
        // MASON selects every disc under a click, and opens inspectors on a double click; students expect one click
        // to open the one place they meant.
        for (MouseListener l : display.insideDisplay.getMouseListeners()) {
            if (l.getClass().getName().startsWith("sim.display.")) {
                display.insideDisplay.removeMouseListener(l);
            }
        }
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (SwingUtilities.isLeftMouseButton(e)) {
                    inspect(pick(e.getPoint()));
                }
            }
        });
        legend = new MapLegend(state, this::measureChanged);
        this.field = field;
    }

    /** The region or post a click at this pixel of the map means, or null; on the Swing thread. */
    public Object pick(Point2D pixel) {
        DrawInfo2D info = display.getDrawInfo2D(placeLayer, pixel);
        Double2D at = (Double2D) placeLayer.getPositionLocation(new Point2D.Double(pixel.getX(), pixel.getY()), info);
        return picker.pick(at, info.draw.width / field.getWidth());
    }

    /** Selects the place and shows its inspector in the Console; null clears the selection. */
    void inspect(Object place) {
        display.clearSelections();
        if (place == null) {
            display.repaint();
            return;
        }
        LocationWrapper wrapper = placeLayer.getWrapper(place);
        display.performSelection(wrapper);
        SimplePortrayal2D p = place instanceof RegionNode ? regionPortrayal : postPortrayal;
        // The portrayal's own inspector, without the field's "Position" box around it: a place's coordinates on
        // the map mean nothing to a student.
        Inspector inspector = p.getInspector(wrapper, gui);
        Bag inspectors = new Bag();
        inspectors.add(inspector);
        Bag names = new Bag();
        names.add(p.getName(wrapper));
        gui.controller.setInspectors(inspectors, names);
        display.repaint();
    }

    /** Zooms the map so that the whole of it fits the window, as large as it can; on the Swing thread. */
    public void fitToWindow() {
        Dimension view = display.display.getViewport().getExtentSize();
        if (view.width > 0 && view.height > 0) {
            display.setScale(Math.min(view.width / (double) WIDTH, view.height / (double) height));
        }
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
            out.add(
                    p.inRow()
                            ? new Rectangle2D.Double(
                                    at.x - half,
                                    at.y - PostPortrayal.BAR - half,
                                    2 * half,
                                    PostPortrayal.BAR + 2 * half + PostPortrayal.WAIT_LABEL)
                            : new Rectangle2D.Double(
                                    at.x - half,
                                    at.y - PostPortrayal.BAR - half,
                                    2 * half + PostPortrayal.WAIT_LABEL,
                                    PostPortrayal.BAR + 2 * half));
        }
        return out;
    }

    /** Posts at their positions; posts that share a position are set side by side in a row south of it. */
    private Map<PostNode, Double2D> placePosts(
            List<BorderPostSpec> ps, ObservationSpace space, LiveScenario params, MapProjection projection) {
        Map<PostNode, Double2D> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, Double2D> e : postPlaces(ps, projection).entrySet()) {
            int p = e.getKey();
            BorderPostSpec b = ps.get(p);
            Double2D at = projection.place(b.latitude(), b.longitude());
            double[] shift = {e.getValue().x - at.x, e.getValue().y - at.y};
            out.put(new PostNode(b, p, space.postScope(p), state, params, shift), e.getValue());
        }
        return out;
    }

    /**
     * Where each placeable post (by index) is drawn on the field: at its position, or, for posts that share one (the
     * air routes all leave from Sheremetyevo), side by side in a row south of it.
     */
    static Map<Integer, Double2D> postPlaces(List<BorderPostSpec> ps, MapProjection projection) {
        Map<String, List<Integer>> byPlace = new LinkedHashMap<>();
        for (int p = 0; p < ps.size(); p++) {
            BorderPostSpec b = ps.get(p);
            if (MapProjection.placeable(b.latitude(), b.longitude())) {
                byPlace.computeIfAbsent(b.latitude() + "," + b.longitude(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        Map<Integer, Double2D> out = new LinkedHashMap<>();
        for (List<Integer> same : byPlace.values()) {
            for (int k = 0; k < same.size(); k++) {
                BorderPostSpec b = ps.get(same.get(k));
                Double2D at = projection.place(b.latitude(), b.longitude());
                double dx = same.size() > 1 ? (k - (same.size() - 1) / 2.0) * SPREAD : 0;
                double dy = same.size() > 1 ? ROW_SOUTH : 0;
                out.put(same.get(k), new Double2D(at.x + dx, at.y + dy));
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
        display.display.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitToWindow();
            }
        });
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

    /** Where a region or post is drawn on the map now, in pixels from the top left corner of the drawing area. */
    public Point2D.Double pixel(Object node) {
        DrawInfo2D info = display.getDrawInfo2D(placeLayer, new Point2D.Double(0, 0));
        return placeLayer.getObjectPosition(node, info);
    }

    /** Where the centre of a region's name is drawn now, in pixels; null when it has no name at this zoom. */
    public Point2D.Double labelPixel(RegionNode region) {
        DrawInfo2D info = display.getDrawInfo2D(placeLayer, new Point2D.Double(0, 0));
        double ppu = info.draw.width / field.getWidth();
        regionPortrayal.labels().atScale(ppu);
        Rectangle2D box = regionPortrayal.labels().box(region);
        return box == null
                ? null
                : new Point2D.Double(info.draw.x + box.getCenterX() * ppu, info.draw.y + box.getCenterY() * ppu);
    }
}
