package org.callup.scenarios;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a scenario may be called and how long it may run, checked once for every command by the scenario reader
 * (and by the command line for {@code --end}). A name becomes part of file and folder names and of YAML written
 * back ({@code <name>-calibrated.yaml}, {@code results/<name>-<time>}), so it is a plain word: letters, digits,
 * {@code -}, {@code _} and {@code .}, not starting with {@code .} or {@code -}, at most {@value #MAX_NAME} long.
 * Dates lie between {@value #FIRST_YEAR} and {@value #LAST_YEAR}, and a run covers at most {@value #MAX_YEARS}
 * years: the model's rates and the 2022-24 data mean nothing over centuries, and memory grows with the days.
 */
public final class ScenarioBounds {
    public static final int MAX_NAME = 64;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_YEARS = 10;
    /** The longest run, in days: {@value #MAX_YEARS} years of 366 days. */
    public static final int MAX_DAYS = MAX_YEARS * 366;

    private static final String NAME_PATTERN = "[A-Za-z0-9_][A-Za-z0-9_.-]*";

    private ScenarioBounds() {}

    /** Why {@code name} cannot name a scenario, or null if it can. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a scenario needs a name; give letters, digits, '-', '_' or '.' (e.g. my-scenario)";
        }
        if (name.length() > MAX_NAME) {
            return "the name is " + name.length() + " characters long; at most " + MAX_NAME + " are allowed";
        }
        if (!name.matches(NAME_PATTERN)) {
            return "the name may contain only letters, digits, '-', '_' and '.', and may not start with '.' or '-' "
                    + "(it names files and folders); e.g. " + suggestedName(name);
        }
        return null;
    }

    /** Why a date cannot be used, or null if it can. */
    public static String dateProblem(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return "the date " + date + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR
                    + " that callup simulates";
        }
        return null;
    }

    /** Why a run from {@code start} to {@code end} (inclusive) is too long, or null if it is not. */
    public static String spanProblem(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            return "the run from " + start + " to " + end + " covers " + days + " days; at most " + MAX_YEARS
                    + " years (" + MAX_DAYS + " days) can be simulated";
        }
        return null;
    }

    /** The name with every character outside the allowed set replaced by '-', for advice. */
    static String suggestedName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[.-]+", "");
        s = s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
        return s.isEmpty() ? "my-scenario" : s;
    }
}
