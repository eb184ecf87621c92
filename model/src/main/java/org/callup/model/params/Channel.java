package org.callup.model.params;

import java.util.Locale;

/** Summons delivery channels; {@link #key()} is the name used in scenario files and metric names. */
public enum Channel {
    ADDRESS, WORKPLACE, RAID, FACIAL, ELECTRONIC, BORDER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
