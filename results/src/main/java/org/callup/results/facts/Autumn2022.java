package org.callup.results.facts;

import java.time.LocalDate;

/** The dates of autumn 2022 the stylized facts are written in. */
final class Autumn2022 {
    /** The decree of partial mobilization. */
    static final LocalDate DECREE = LocalDate.of(2022, 9, 21);
    /** The first week after the decree ends on 27 Sep; "after the first week" is from 29 Sep. */
    static final LocalDate FIRST_WEEK_END = LocalDate.of(2022, 9, 27);

    static final LocalDate SEP_28 = LocalDate.of(2022, 9, 28);
    /** Shoigu declared the partial mobilization complete on 28 Oct. */
    static final LocalDate DECLARED_END = LocalDate.of(2022, 10, 28);
    /** The last day of the default scenario, and of the returns the facts look at. */
    static final LocalDate NOV_30 = LocalDate.of(2022, 11, 30);

    private Autumn2022() {}

    static LocalDate sep(int day) {
        return LocalDate.of(2022, 9, day);
    }

    static LocalDate oct(int day) {
        return LocalDate.of(2022, 10, day);
    }
}
