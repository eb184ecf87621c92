package org.callup.model.params;

/** Legal grounds for deferral or exemption that events can add or remove. */
public enum ExemptionCategory {
    STUDENTS, IT, FINANCE, TELECOM, STATE_MEDIA, MEDICAL, FAMILY
}
