package org.callup.viz.inspect;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: one titled box of properties per group (call-up, exemptions, borders...), each a MASON
 * {@link SimpleInspector}, so sliders, tooltips and the per-property menu (Chart, Stream...) work as everywhere in
 * MASON.
 */
public final class GroupedInspector extends Inspector {
    private static final long serialVersionUID = 1L;
    private final List<SimpleInspector> parts = new ArrayList<>();
    private final List<Group> groups;

    /** A titled group of the Model tab. */
    public record Group(String title, PropertyGroup properties) {}

    public GroupedInspector(List<Group> groups, GUIState gui) {
        this(null, groups, gui);
    }

    /** @param header shown above the groups (a control that is not a property), or null */
    public GroupedInspector(JComponent header, List<Group> groups, GUIState gui) {
        this.groups = List.copyOf(groups);
        setLayout(new BorderLayout());
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        if (header != null) {
            column.add(header);
        }
        for (Group g : groups) {
            SimpleInspector part = new SimpleInspector(g.properties(), gui, null);
            part.setBorder(BorderFactory.createTitledBorder(g.title()));
            parts.add(part);
            column.add(part);
        }
        column.add(Box.createVerticalGlue());
        add(column, BorderLayout.NORTH);
    }

    /** The groups, in order. */
    public List<Group> groups() {
        return groups;
    }

    /** The group with this title; throws IllegalArgumentException if there is none. */
    public Group group(String title) {
        return groups.stream()
                .filter(g -> g.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group '" + title + "'"));
    }

    /** The inspector of each group, in order. */
    public List<SimpleInspector> parts() {
        return parts;
    }

    @Override
    public void setVolatile(boolean v) {
        super.setVolatile(v);
        for (SimpleInspector p : parts) {
            p.setVolatile(v);
        }
    }

    @Override
    public void updateInspector() {
        for (SimpleInspector p : parts) {
            p.updateInspector();
        }
    }
}
