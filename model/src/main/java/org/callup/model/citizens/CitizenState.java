package org.callup.model.citizens;

/**
 * The state machine of the brief: every citizen is in exactly one of these states on every day.
 * {@link #code} is what the state byte array holds.
 */
public enum CitizenState {
    NORMAL("normal", "living normally"),
    NOTIFIED("notified", "holding a summons, not reported"),
    HIDING("hiding", "hiding inside the country"),
    TRAVELLING("travelling", "travelling to a border post"),
    QUEUEING("queueing", "queueing at a border post"),
    ABROAD("abroad", "abroad"),
    MOBILIZED("mobilized", "mobilized, in training"),
    DEPLOYED("deployed", "deployed to a unit at the front"),
    DEFERRED("deferred", "deferred or exempt"),
    DETAINED("detained", "detained in a raid"),
    ARRESTED("arrested", "arrested at a protest"),
    RETURNED("returned", "sent home after a mistaken draft"),
    /**
     * Called up in the regular conscription, serving: not mobilized, and not sent to the combat zone (in 2022
     * conscripts were by law not deployed there: docs/ODD.md, section 2.2; MODEL-BRIEF).
     */
    CONSCRIPTED("conscripted", "conscripted in the regular draft, serving"),
    /**
     * Active in protest (Epstein 2002): in the street, until he gives up, his net grievance falls below the
     * threshold, or the police arrest him (docs/ODD.md, section 7.13).
     */
    ACTIVE("active", "active in protest");

    public final byte code;
    private final String key;
    private final String label;

    CitizenState(String key, String label) {
        this.code = (byte) ordinal();
        this.key = key;
        this.label = label;
    }

    private static final CitizenState[] BY_CODE = values();

    /** Lower-case name used in metric names ({@code state_<key>}). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static int count() {
        return BY_CODE.length;
    }
}
