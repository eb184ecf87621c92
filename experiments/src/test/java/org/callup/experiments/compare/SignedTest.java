package org.callup.experiments.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignedTest {
    @Test
    void aValueThatRoundsToZeroHasNoSign() {
        assertEquals("0", Signed.count(-0.4));
        assertEquals("0", Signed.count(0.49));
        assertEquals("0", Signed.count(-0.0));
        assertEquals("0.0%", Signed.percent(-0.00004));
        assertEquals("[0, +12]", Signed.interval(-0.2, 11.6));
    }

    @Test
    void otherValuesKeepTheirSignAndSeparators() {
        assertEquals("-1", Signed.count(-0.6));
        assertEquals("+12,346", Signed.count(12_345.7));
        assertEquals("-1,200", Signed.count(-1_200));
        assertEquals("+12.5%", Signed.percent(0.125));
        assertEquals("-0.1%", Signed.percent(-0.0006));
        assertEquals("NA", Signed.count(Double.NaN));
    }
}
