package org.callup.viz.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

class PropertyGroupTest {
    /** A MASON-style inspected object. */
    public static final class Knobs {
        private double speed = 1.5;
        private boolean on = true;

        public double getSpeed() {
            return speed;
        }

        public void setSpeed(double v) {
            speed = v;
        }

        public Object domSpeed() {
            return new Interval(0.0, 5.0);
        }

        public String desSpeed() {
            return "how fast";
        }

        public boolean getOn() {
            return on;
        }

        public void setOn(boolean v) {
            on = v;
        }

        public String getLabel() {
            return "read only";
        }
    }

    @Test
    void showsTheChosenPropertiesInTheChosenOrderUnderTheirLabels() {
        Knobs k = new Knobs();
        PropertyGroup g = new PropertyGroup(
                k,
                List.of(new Shown("On", "Switched on"), new Shown("Speed", "Speed, km/h"), new Shown("Label", "Note")));

        assertEquals(3, g.numProperties());
        assertEquals(List.of("Switched on", "Speed, km/h", "Note"), List.of(g.getName(0), g.getName(1), g.getName(2)));
        assertEquals(1.5, g.getValue(1));
        assertEquals("how fast", g.getDescription(1));
        assertTrue(g.getDomain(1) instanceof Interval);
        assertFalse(g.isReadWrite(2));
        assertEquals(1, g.indexOf("Speed, km/h"));
        assertTrue(g.isVolatile());
    }

    @Test
    void setsThroughToTheObject() {
        Knobs k = new Knobs();
        PropertyGroup g = new PropertyGroup(k, List.of(new Shown("Speed", "Speed"), new Shown("On", "On")));

        g.setValue(0, 3.0);
        g.setValue(1, "false");

        assertEquals(3.0, k.getSpeed());
        assertFalse(k.getOn());
    }

    @Test
    void aMisspelledPropertyFailsAtOnce() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PropertyGroup(new Knobs(), List.of(new Shown("Sped", "Speed"))));
    }
}
