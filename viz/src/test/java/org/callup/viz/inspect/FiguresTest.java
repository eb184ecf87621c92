package org.callup.viz.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void numbersAreWrittenForPeopleNotForMachines() {
        assertEquals("98.39", Figures.text(98.39410395655547));
        assertEquals("12.05", Figures.text(12.054451492998332));
        assertEquals("0.02112", Figures.text(0.02112));
        assertEquals("-3.681", Figures.text(-3.6814));
        assertEquals("0.44", Figures.text(0.44));
        assertEquals("0.4", Figures.text(0.5 - 0.1));
        assertEquals("5,156", Figures.text(5156.0));
        assertEquals("1,235", Figures.text(1234.5));
        assertEquals("19,580,684", Figures.text(19_580_684L));
        assertEquals("300,000", Figures.text(300_000));
        assertEquals("0", Figures.text(0.0));
        assertEquals("n/a", Figures.text(Double.NaN));
        assertEquals("true", Figures.text(true));
        assertEquals("Moscow city", Figures.text("Moscow city"));
    }

    @Test
    void aNumberTypedWithTheSeparatorsShownIsRead() {
        assertEquals("19580684", Figures.typed("19,580,684"));
    }

    /** A stand-in for a group of controls: one number to read and write. */
    public static final class Capacity {
        private double value = 98.39410395655547;

        public double getValue() {
            return value;
        }

        public void setValue(double v) {
            value = v;
        }

        public long getPersons() {
            return 19_580_684L;
        }
    }

    @Test
    void everyInspectorWritesNumbersThroughFigures() {
        Capacity c = new Capacity();
        PropertyGroup g =
                new PropertyGroup(c, List.of(new Shown("Value", "Capacity, %"), new Shown("Persons", "Persons")));

        assertEquals("98.39", g.betterToString(g.getValue(0)));
        assertEquals("19,580,684", g.betterToString(g.getValue(1)));
        g.setValue(0, "1,250.5");
        assertEquals(1250.5, c.getValue());
    }
}
