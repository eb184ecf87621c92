package org.callup.cli;

import org.callup.experiments.calibration.CalibrationSetup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of numeric options that say what is expected in words, with the option's range: "expected a whole
 * number between 1 and 256, got '1.5'", not picocli's "'1.5' is not an int". A value out of range is refused while
 * the command line is read, before anything runs. {@link ErrorReporter} puts the option's name in front.
 */
final class NumberOptions {
    /** Real men per simulated citizen: the range of {@code population.scale} ({@code PopulationParams}). */
    static final int MAX_SCALE = 100_000;

    static final int MAX_DAYS = 3650;
    static final int MAX_SHARDS = 100_000;

    private NumberOptions() {}

    /** A whole number from {@code min} to {@code max}; anything else (a fraction, a word, too large) is refused. */
    static long wholeNumber(String text, long min, long max) {
        String t = text.strip();
        if (t.matches("[+-]?\\d+")) {
            try {
                long v = Long.parseLong(t);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // beyond a long: out of range like any other
            }
        }
        throw new TypeConversionException(
                "expected a whole number between " + min + " and " + max + ", got '" + text + "'");
    }

    /** A decimal number; picocli's own converter would say "is not a double", and take "NaN" or "1d". */
    static double number(String text) {
        String t = text.strip();
        if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new TypeConversionException("expected a number such as 0.5, -3 or 1e-4, got '" + text + "'");
    }

    /** An {@code int} option in a range; subclasses name the range, as picocli makes converters by class. */
    abstract static class IntIn implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        IntIn(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String text) {
            return (int) wholeNumber(text, min, max);
        }
    }

    /** Any whole number Java's {@code int} holds: the fallback for an option without a converter of its own. */
    static final class AnyInt extends IntIn {
        AnyInt() {
            super(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /** Any whole number Java's {@code long} holds: the fallback for an option without a converter of its own. */
    static final class AnyLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /** A decimal number: the fallback for every {@code double} option. */
    static final class AnyNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return number(text);
        }
    }

    /** {@code --seed}: the range of a scenario's {@code seed}. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return wholeNumber(text, 0, Long.MAX_VALUE);
        }
    }

    static final class Scale extends IntIn {
        Scale() {
            super(1, MAX_SCALE);
        }
    }

    static final class Threads extends IntIn {
        Threads() {
            super(1, ThreadsOption.MAX_THREADS);
        }
    }

    static final class Replications extends IntIn {
        Replications() {
            super(1, ReplicationsOption.MAX_REPLICATIONS);
        }
    }

    static final class CalibrationReplications extends IntIn {
        CalibrationReplications() {
            super(1, CalibrationSetup.MAX_REPLICATIONS);
        }
    }

    static final class Budget extends IntIn {
        Budget() {
            super(1, CalibrationSetup.MAX_BUDGET);
        }
    }

    static final class IdentifiabilityPoints extends IntIn {
        IdentifiabilityPoints() {
            super(0, CalibrationSetup.MAX_IDENTIFIABILITY_POINTS);
        }
    }

    static final class Days extends IntIn {
        Days() {
            super(1, MAX_DAYS);
        }
    }

    static final class Shards extends IntIn {
        Shards() {
            super(1, MAX_SHARDS);
        }
    }

    /** A count that may be 0 (e.g. 0 skips a step). */
    static final class Count extends IntIn {
        Count() {
            super(0, Integer.MAX_VALUE);
        }
    }

    /** A count of at least one. */
    static final class Positive extends IntIn {
        Positive() {
            super(1, Integer.MAX_VALUE);
        }
    }

    /** Base samples of a screening design. */
    static final class ScreenSamples extends IntIn {
        ScreenSamples() {
            super(1, 100_000);
        }
    }
}
