package org.callup.viz.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The key under the map, and the choice of what colours the regions. Its numbers (top of the colour scale, widest
 * flow) are rewritten on the Swing thread after each day.
 */
final class MapLegend extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private final MapState state;
    private final JComboBox<MapMeasure> measure = new JComboBox<>(MapMeasure.values());
    private final JLabel top = label("");
    private final JLabel flow = label("");

    MapLegend(MapState state, Runnable measureChanged) {
        // Two rows that each fit a narrow window: a single flowing row would wrap and push the map into scrolling.
        super(new GridLayout(2, 1));
        this.state = state;
        setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
        setBackground(Color.WHITE);
        measure.setFont(FONT);
        measure.setSelectedItem(state.measure());
        measure.addActionListener(e -> measureChanged.run());
        JPanel colours = row();
        colours.add(label("Regions coloured by"));
        colours.add(measure);
        colours.add(label("0%"));
        colours.add(new Ramp());
        colours.add(top);
        JPanel key = row();
        key.add(new Key(PostPortrayal.OPEN, false));
        key.add(label("open border post"));
        key.add(new Key(PostPortrayal.CLOSED, true));
        key.add(label("closed post"));
        key.add(new Key(PostPortrayal.QUEUE, false));
        key.add(label("queue, with the expected wait"));
        key.add(new FlowKey());
        key.add(flow);
        add(colours);
        add(key);
        refresh();
    }

    MapMeasure selected() {
        return (MapMeasure) measure.getSelectedItem();
    }

    JComboBox<MapMeasure> measureBox() {
        return measure;
    }

    /** Rewrites the numbers of the key; call on the Swing thread. */
    void refresh() {
        top.setText(String.format(Locale.ENGLISH, "%.2f%%", 100 * state.maxShare()));
        flow.setText(String.format(
                Locale.ENGLISH, "men setting off towards a post; widest line: %,.0f a day", state.maxFlow()));
    }

    private static JPanel row() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
        p.setOpaque(false);
        return p;
    }

    private static JLabel label(String text) {
        JLabel l = new JLabel(text);
        l.setFont(FONT);
        return l;
    }

    /** The colour scale of the regions. */
    private static final class Ramp extends JComponent {
        private static final long serialVersionUID = 1L;

        Ramp() {
            setPreferredSize(new Dimension(110, 14));
        }

        @Override
        protected void paintComponent(Graphics g) {
            int w = getWidth();
            for (int x = 0; x < w; x++) {
                g.setColor(ShareColours.at(x / (double) (w - 1)));
                g.drawLine(x, 0, x, getHeight() - 1);
            }
            g.setColor(Color.GRAY);
            g.drawRect(0, 0, w - 1, getHeight() - 1);
        }
    }

    /** A small square in a post's colours. */
    private static final class Key extends JComponent {
        private static final long serialVersionUID = 1L;
        private final Color colour;
        private final boolean crossed;

        Key(Color colour, boolean crossed) {
            this.colour = colour;
            this.crossed = crossed;
            setPreferredSize(new Dimension(12, 12));
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(colour);
            g.fillRect(0, 0, 11, 11);
            if (crossed) {
                g.setColor(new Color(0xC0, 0x10, 0x10));
                g.drawLine(0, 0, 11, 11);
                g.drawLine(0, 11, 11, 0);
            }
        }
    }

    /** A short line in the colour of the flows. */
    private static final class FlowKey extends JComponent {
        private static final long serialVersionUID = 1L;

        FlowKey() {
            setPreferredSize(new Dimension(28, 12));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g;
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(FlowPortrayal.COLOUR);
            g2.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.drawLine(4, 6, 24, 6);
        }
    }
}
