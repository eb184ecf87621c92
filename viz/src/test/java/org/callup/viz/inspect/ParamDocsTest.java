package org.callup.viz.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sim.util.Interval;

class ParamDocsTest {
    @Test
    void slidersTakeTheirRangeFromTheModelsAnnotation() {
        Interval legitimacy = ParamDocs.range("protest.legitimacy");
        Interval raids = ParamDocs.range("recruiters.channels.raid.intensity");
        Interval quota = ParamDocs.wholeRange("recruiters.nationalQuotaPersons");

        assertEquals(0.0, legitimacy.getMin().doubleValue());
        assertEquals(1.0, legitimacy.getMax().doubleValue());
        assertEquals(10.0, raids.getMax().doubleValue());
        assertTrue(quota.isDouble() == false && quota.getMax().longValue() == 5_000_000L);
    }

    @Test
    void pathsIntoListsUseTheItemsType() {
        assertEquals(
                1e6,
                ParamDocs.of("borders.posts[upper_lars].capacityPersonsPerDay").max());
        assertEquals(
                "Whether the post is open",
                ParamDocs.of("borders.posts[x].open").doc());
    }

    @Test
    void tooltipsSayWhatWhereFromAndWhen() {
        String t = ParamDocs.tooltip("protest.legitimacy");
        assertTrue(t.startsWith("<html>Legitimacy of the authorities, L"), t);
        assertTrue(t.contains("Range 0 to 1."), t);
        assertTrue(t.contains("Epstein 2002"), t);
        assertTrue(t.contains("applies from the next day"), t);
    }

    @Test
    void anUnknownPathIsRefusedWithItsName() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ParamDocs.of("protest.legitimcy"));
        assertTrue(e.getMessage().contains("'protest.legitimcy'"), e.getMessage());
    }
}
