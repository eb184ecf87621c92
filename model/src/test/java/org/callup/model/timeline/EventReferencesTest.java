package org.callup.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.callup.model.params.Channel;
import org.junit.jupiter.api.Test;

/**
 * Every event type declares the posts, regions and channels it names, so that a scenario reader can check them
 * without knowing the type: a component whose name speaks of a post, a region or a channel must reach
 * {@link PolicyEvent#postIds}, {@link PolicyEvent#regionIds} or {@link PolicyEvent#channels}, and those list
 * nothing else. The event types are found through the sealed interface, so a new one is checked too.
 */
class EventReferencesTest {
    private static final LocalDate D = LocalDate.of(2022, 9, 21);

    /** A kind of reference: the words of the component names that hold it, and where the event declares it. */
    private record Kind(String word, Function<PolicyEvent, List<?>> declared) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("post", PolicyEvent::postIds),
            new Kind("region", PolicyEvent::regionIds),
            new Kind("channel", PolicyEvent::channels));

    @Test
    void everyPostRegionAndChannelComponentIsDeclaredAndNothingElse() throws Exception {
        int components = 0;
        for (Class<?> type : PolicyEvent.class.getPermittedSubclasses()) {
            assertTrue(type.isRecord(), type + " is a record");
            PolicyEvent e = sample(type);
            for (Kind k : KINDS) {
                List<Object> expected = new ArrayList<>();
                for (RecordComponent rc : type.getRecordComponents()) {
                    if (rc.getName().toLowerCase(Locale.ROOT).contains(k.word())) {
                        Object v = rc.getAccessor().invoke(e);
                        expected.addAll(v instanceof List<?> l ? l : List.of(v));
                        components++;
                    }
                }
                assertEquals(
                        expected,
                        k.declared().apply(e),
                        type.getSimpleName() + " declares its " + k.word() + " references");
            }
        }
        assertTrue(
                components >= 6,
                "the post, region and channel components of the event types were found: " + components);
    }

    @Test
    void anEventOnChannelsNamesAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new StartRaids(D, null, "", List.of(), List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new StopRaids(D, null, "", List.of()));
    }

    /** An event of {@code type} whose components hold values that tell them apart: text and lists name their key. */
    private static PolicyEvent sample(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            args[i] = value(rcs[i]);
        }
        Constructor<?> ctor = type.getDeclaredConstructor(types);
        return (PolicyEvent) ctor.newInstance(args);
    }

    private static Object value(RecordComponent rc) {
        Class<?> t = rc.getType();
        if (t == LocalDate.class) {
            return D;
        }
        if (t == Trigger.class) {
            return null;
        }
        if (t == String.class || t == Object.class) {
            return rc.getName() + "_id";
        }
        if (t == List.class) {
            Type item = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            return item == Channel.class
                    ? List.of(Channel.RAID, Channel.BORDER)
                    : List.of(rc.getName() + "_a", rc.getName() + "_b");
        }
        if (t == Boolean.class || t == boolean.class) {
            return Boolean.TRUE;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == double.class) {
            return 1.0;
        }
        if (t == int.class) {
            return 1;
        }
        if (t == long.class) {
            return 1L;
        }
        throw new IllegalStateException("no sample value for " + rc + " of type " + t);
    }
}
