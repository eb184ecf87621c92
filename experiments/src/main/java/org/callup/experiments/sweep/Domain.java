package org.callup.experiments.sweep;

import java.util.List;
import org.apache.commons.math3.distribution.RealDistribution;

/**
 * The values a swept parameter may take, and how a design's coordinate {@code u} in [0, 1) picks one: a list
 * (equal shares of the unit interval), a continuous range (uniform), or a distribution (its quantile function,
 * truncated to the parameter's valid range). A grid uses the list of every value.
 */
sealed interface Domain permits Domain.Listed, Domain.Interval, Domain.Distributed {

    /** The value at coordinate {@code u}. */
    Object value(double u);

    /** Values worth checking against the scenario before anything runs: every listed value, or both ends. */
    List<Object> extremes();

    /** A finite list: the grid takes every value, the other designs each with equal probability. */
    record Listed(List<Object> values) implements Domain {
        public Listed {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("at least one value is needed");
            }
        }

        @Override
        public Object value(double u) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }

        /** The smallest and largest of listed numbers or dates; every value of other kinds. */
        @Override
        public List<Object> extremes() {
            if (!values.stream().allMatch(v -> v instanceof Number || v instanceof java.time.LocalDate)) {
                return values;
            }
            java.util.Comparator<Object> byNumber = java.util.Comparator.comparingDouble(ValueType::toNumber);
            Object lo = values.stream().min(byNumber).orElseThrow();
            Object hi = values.stream().max(byNumber).orElseThrow();
            return lo.equals(hi) ? List.of(lo) : List.of(lo, hi);
        }
    }

    /**
     * Uniform between {@code min} and {@code max}; whole numbers and dates take each integer of the range with
     * equal probability.
     */
    record Interval(ValueType type, double min, double max) implements Domain {
        @Override
        public Object value(double u) {
            if (type == ValueType.REAL) {
                return min + u * (max - min);
            }
            return type.fromNumber(Math.min(max, Math.floor(min + u * (max - min + 1))));
        }

        @Override
        public List<Object> extremes() {
            return List.of(type.fromNumber(min), type.fromNumber(max));
        }
    }

    /**
     * A distribution truncated to {@code [min, max]}: its quantile at {@code F(min) + u (F(max) - F(min))}. Whole
     * numbers are rounded to the nearest.
     */
    record Distributed(ValueType type, RealDistribution distribution, double min, double max, String description)
            implements Domain {
        @Override
        public Object value(double u) {
            double lo = Double.isInfinite(min) ? 0 : distribution.cumulativeProbability(min);
            double hi = Double.isInfinite(max) ? 1 : distribution.cumulativeProbability(max);
            double p = lo + u * (hi - lo);
            double x = Math.max(min, Math.min(max, distribution.inverseCumulativeProbability(p)));
            return type == ValueType.WHOLE ? (Object) Math.round(x) : (Object) x;
        }

        @Override
        public List<Object> extremes() {
            return List.of(value(0), value(Math.nextDown(1.0)));
        }
    }
}
