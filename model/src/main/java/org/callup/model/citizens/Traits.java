package org.callup.model.citizens;

import org.callup.model.params.ExemptionCategory;

/**
 * Bit layout of the per-citizen attribute bytes and the quantisation of continuous attributes into bytes.
 * Keeping each attribute in one byte holds model state to a few bytes per citizen (see docs/PERFORMANCE.md).
 */
public final class Traits {
    private Traits() {}

    // traits byte
    public static final int PRIOR_SERVICE = 1;
    public static final int OFFICER = 1 << 1;
    public static final int UNFIT = 1 << 2;
    public static final int FAMILY = 1 << 3;
    public static final int STUDENT = 1 << 4;
    public static final int LIVES_AWAY = 1 << 5;
    public static final int MINORITY = 1 << 6;
    public static final int CAR = 1 << 7;

    // occupation byte: low 3 bits the occupation class, bit 3 grounds for a visa other than tourism
    public static final int OCC_OTHER = 0;
    public static final int OCC_IT = 1;
    public static final int OCC_FINANCE = 2;
    public static final int OCC_TELECOM = 3;
    public static final int OCC_STATE_MEDIA = 4;
    public static final int OCC_MASK = 7;
    public static final int OTHER_VISA_GROUNDS = 1 << 3;
    /** Holds a valid visa for the posts that require one (Schengen). */
    public static final int HOLDS_VISA = 1 << 4;

    // marks byte: facts about a citizen's history that outlive a state
    public static final int HOLDS_SUMMONS = 1;
    public static final int TRAVEL_BAN = 1 << 1;
    public static final int MISTAKEN = 1 << 2;
    /** Was deferred and has not lost the deferral: a deferred man who protests is deferred again afterwards. */
    public static final int HOLDS_DEFERRAL = 1 << 3;
    /** Is on his way to, or in the queue of, a road post in his own car (ODD 7.11: cars barred from non-residents). */
    public static final int DRIVING = 1 << 4;
    /**
     * Found no free seat on the air route he chose: he is still set on leaving and chooses again the next day, seeing
     * the flights full (ODD 7.12), instead of waiting for his next reconsideration.
     */
    public static final int NO_SEAT = 1 << 5;

    /** groundsMask for every (traits byte, occupation class), so the sweep looks it up instead of computing it. */
    private static final byte[] GROUNDS = new byte[256 * 8];

    static {
        for (int t = 0; t < 256; t++) {
            for (int o = 0; o < 8; o++) {
                GROUNDS[t << 3 | o] = (byte) computeGrounds(t, o);
            }
        }
    }

    /**
     * Bit mask ({@link ExemptionCategory#bit()}) of the exemption categories a citizen could claim, from his traits
     * and occupation.
     */
    public static int groundsMask(int traits, int occupation) {
        return GROUNDS[(traits & 0xff) << 3 | (occupation & OCC_MASK)];
    }

    private static int computeGrounds(int traits, int occupation) {
        int m = 0;
        if ((traits & STUDENT) != 0) {
            m |= ExemptionCategory.STUDENTS.bit();
        }
        if ((traits & UNFIT) != 0) {
            m |= ExemptionCategory.MEDICAL.bit();
        }
        if ((traits & FAMILY) != 0) {
            m |= ExemptionCategory.FAMILY.bit();
        }
        switch (occupation & OCC_MASK) {
            case OCC_IT -> m |= ExemptionCategory.IT.bit();
            case OCC_FINANCE -> m |= ExemptionCategory.FINANCE.bit();
            case OCC_TELECOM -> m |= ExemptionCategory.TELECOM.bit();
            case OCC_STATE_MEDIA -> m |= ExemptionCategory.STATE_MEDIA.bit();
            default -> {}
        }
        return m;
    }

    /** Unsigned byte to [0, 1]. */
    public static double unit(byte b) {
        return (b & 0xff) / 255.0;
    }

    /** [0, 1] to an unsigned byte. */
    public static byte toUnitByte(double x) {
        return (byte) Math.round(Math.max(0, Math.min(1, x)) * 255);
    }

    private static final double INCOME_BASE_RUB = 5000;
    private static final double INCOME_STEPS_PER_DOUBLING = 24;
    private static final double SAVINGS_BASE_RUB = 1000;
    private static final double SAVINGS_STEPS_PER_DOUBLING = 16;

    /** Monthly income in RUB on a log scale: 5,000 RUB at 0, doubling every 24 steps (to about 8 million). */
    public static double incomeRub(byte q) {
        return INCOME_BASE_RUB * Math.pow(2, (q & 0xff) / INCOME_STEPS_PER_DOUBLING);
    }

    public static byte incomeByte(double rub) {
        return incomeByteFromLog(Math.log(rub));
    }

    /** Income byte from the natural logarithm of income in RUB (no exp/log round trip). */
    public static byte incomeByteFromLog(double lnRub) {
        return logByteFromLog(lnRub, LN_INCOME_BASE, INCOME_STEPS_PER_DOUBLING);
    }

    /** Savings byte from the natural logarithm of savings in RUB. */
    public static byte savingsByteFromLog(double lnRub) {
        return logByteFromLog(lnRub, LN_SAVINGS_BASE, SAVINGS_STEPS_PER_DOUBLING);
    }

    private static final double LN_INCOME_BASE = Math.log(INCOME_BASE_RUB);
    private static final double LN_SAVINGS_BASE = Math.log(SAVINGS_BASE_RUB);
    private static final double LN2 = Math.log(2);

    private static byte logByteFromLog(double lnRub, double lnBase, double steps) {
        double q = Math.rint((lnRub - lnBase) / LN2 * steps);
        return (byte) (q <= 0 ? 0 : Math.min(255, q));
    }

    /** Savings in RUB on a log scale: 1,000 RUB at 0, doubling every 16 steps (to about 60 million). */
    public static double savingsRub(byte q) {
        return SAVINGS_BASE_RUB * Math.pow(2, (q & 0xff) / SAVINGS_STEPS_PER_DOUBLING);
    }

    public static byte savingsByte(double rub) {
        return savingsByteFromLog(Math.log(rub));
    }
}
