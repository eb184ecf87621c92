package org.callup.experiments.compare;

import java.time.LocalDate;

/**
 * A named span of dates, both inclusive, over which a headline is measured: {@code callup} (from the announcement
 * to the declared end), {@code run} (the whole run) or one given by the user.
 *
 * @param name   letters, digits, '.', '_' or '-'
 * @param from   first day
 * @param to     last day, not before {@code from}
 * @param origin how the dates were found, for the manifest and the notes (e.g. "announceWave to endQuota")
 */
public record Window(String name, LocalDate from, LocalDate to, String origin) {
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public Window {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException(
                    "a window name has letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "window '" + name + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
