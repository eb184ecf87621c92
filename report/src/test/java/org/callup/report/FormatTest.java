package org.callup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void aCountsIntervalStartsAtZeroAndAnyOtherKeepsItsEnds() {
        assertEquals("0 to 8,968", Format.countInterval(-968, 8968));
        assertEquals("12 to 40", Format.countInterval(12, 40));
        assertEquals("-968 to 8,968", Format.interval(-968, 8968));
        assertEquals("", Format.countInterval(Double.NaN, 3));
        assertEquals("", Format.countInterval(1, Double.NaN));
    }
}
