package org.callup.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.junit.jupiter.api.Test;

/** {@link Channels#get} and {@link Channels#with} find each channel's component by its key. */
class ChannelsTest {
    @Test
    void eachChannelHasTheComponentNamedByItsKeyInItsPosition() {
        RecordComponent[] rc = Channels.class.getRecordComponents();
        assertEquals(Channel.values().length, rc.length);
        for (Channel c : Channel.values()) {
            assertEquals(c.key(), rc[c.ordinal()].getName());
        }
    }

    @Test
    void getReadsAndWithReplacesOnlyTheNamedChannel() throws ReflectiveOperationException {
        Channels ch = UnitScenarios.channels();
        for (Channel c : Channel.values()) {
            RecordComponent rc = Channels.class.getRecordComponents()[c.ordinal()];
            assertSame(rc.getAccessor().invoke(ch), ch.get(c), c.key());
            ChannelParams p = new ChannelParams(7, List.of("x"), 0.25, 0.5, 0.75);
            Channels t = ch.with(c, p);
            for (Channel k : Channel.values()) {
                assertSame(k == c ? p : ch.get(k), t.get(k), c.key() + " replaced, " + k.key() + " read");
            }
        }
        assertEquals(ch.raid(), ch.get(Channel.RAID));
    }

    @Test
    void withKeepsTheValidationOfTheConstructor() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> UnitScenarios.channels().with(Channel.RAID, null));
        assertEquals("raid is required", e.getMessage());
    }
}
