package org.callup.model.params;

/**
 * Legal grounds for deferral or exemption that events can add or remove. A man's grounds and the grounds in force
 * are bit masks over these categories ({@link #bit()}); {@link Exemptions#mask()} gives the mask in force.
 */
public enum ExemptionCategory {
    STUDENTS(false),
    IT(true),
    FINANCE(true),
    TELECOM(true),
    STATE_MEDIA(true),
    MEDICAL(false),
    FAMILY(false);

    /** Mask of the categories whose holders obtain a deferral by applying (docs/ODD.md, section 7.7). */
    public static final int ON_APPLICATION_MASK = maskOf(true);

    private final boolean grantedOnApplication;

    ExemptionCategory(boolean grantedOnApplication) {
        this.grantedOnApplication = grantedOnApplication;
    }

    /**
     * Whether a man with these grounds obtains a deferral by applying while living normally: employers send lists
     * (IT, finance, telecoms, state media). Full-time students were deferred by decree, with no list to be on: like
     * the unfit and men with family grounds, a student presents his grounds when he is summoned (docs/ODD.md, 7.7).
     */
    public boolean grantedOnApplication() {
        return grantedOnApplication;
    }

    /** This category's bit in a grounds mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** Whether a grounds mask includes a category of the other mask (for example, grounds in force). */
    public static boolean any(int grounds, int mask) {
        return (grounds & mask) != 0;
    }

    private static int maskOf(boolean onApplication) {
        int m = 0;
        for (ExemptionCategory c : values()) {
            if (c.grantedOnApplication == onApplication) {
                m |= c.bit();
            }
        }
        return m;
    }
}
