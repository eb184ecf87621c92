package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.callup.model.timeline.PolicyEvent;
import org.junit.jupiter.api.Test;

/** Every event type of the model can be written in a scenario, under its record's name, and is documented. */
class EventTypesTest {
    @Test
    void everyEventTypeIsRegisteredWithADescription() {
        Set<Class<?>> permitted =
                Arrays.stream(PolicyEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(permitted, Set.copyOf(EventTypes.all().values()));
        EventTypes.all().forEach((name, type) -> {
            assertEquals(EventTypes.nameOf(type), name);
            assertFalse(EventTypes.doc(name).isBlank(), name);
        });
    }
}
