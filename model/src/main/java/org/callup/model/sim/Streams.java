package org.callup.model.sim;

/** Named random streams: each random decision draws from its own stream so that adding one leaves others intact. */
public final class Streams {
    private Streams() {}

    /** Day index used for draws made while building the population. */
    public static final int BUILD_DAY = -1;

    // population attributes
    public static final int AGE = 1;
    public static final int SERVICE = 2;
    public static final int OFFICER = 3;
    public static final int UNFIT = 4;
    public static final int FAMILY = 5;
    public static final int STUDENT = 6;
    public static final int OCCUPATION = 7;
    public static final int INCOME = 8;
    public static final int SAVINGS = 9;
    public static final int CAR = 10;
    public static final int MINORITY = 11;
    public static final int ANTI_WAR = 12;
    public static final int RISK = 13;
    public static final int AWAY = 14;
    public static final int VISIBILITY = 15;
    public static final int VISA = 16;
    public static final int VISA_HELD = 17;

    // daily
    public static final int EVENT = 101;
    public static final int CHOICE = 102;
    public static final int ROUTE = 103;
    public static final int SAME_DAY = 104;
    public static final int RELEASE = 105;
    public static final int QUEUE_ORDER = 106;
    public static final int QUEUE_SUMMONS = 107;
    public static final int QUEUE_SERVE = 108;
    public static final int ARREST = 109;
    public static final int ATTACK = 110;
    /** The rounding of a region's expected arrests to whole citizens (ARREST keys the lottery among its actives). */
    public static final int ARREST_COUNT = 111;
    /** Whether an arrested protester is served a summons at the police station. */
    public static final int DETAINEE_SUMMONS = 112;

    public static final int GIVE_UP = 131;
    public static final int BOOKING = 132;
    public static final int TURN_ROUND = 133;
}
