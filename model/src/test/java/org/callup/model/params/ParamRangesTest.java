package org.callup.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.callup.model.UnitScenarios;
import org.junit.jupiter.api.Test;

/**
 * The range each {@code @Param} documents (read by the scenario validator, the GUI's sliders and docs/ODD.md) is
 * the range the records enforce: values just outside are refused, the bounds themselves are accepted unless a
 * rule between two parameters forbids them.
 */
class ParamRangesTest {
    /** Bounds that another parameter of the same group forbids in the test scenario (e.g. ageMax below ageMin). */
    private static final Set<String> CROSS_CHECKED = Set.of(
            "population.ageMin:max",
            "population.ageMax:min",
            "recruiters.targetAgeMin:max",
            "recruiters.targetAgeMax:min");

    private final Scenario s = UnitScenarios.scenario(100_000, 10, UnitScenarios.START.plusDays(10), List.of());

    private static Object value(Class<?> type, double x) {
        if (type == int.class || type == Integer.class) {
            return (int) x;
        }
        if (type == long.class || type == Long.class) {
            return (long) x;
        }
        return x;
    }

    private static boolean whole(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static boolean accepted(Scenario s, String path, Object v) {
        try {
            ParamPaths.set(s, path, v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every numeric leaf, including those of the first region and the first post. */
    private List<ParamPaths.Leaf> numericLeaves() {
        List<ParamPaths.Leaf> out = new ArrayList<>();
        for (ParamPaths.Leaf l : ParamPaths.leaves(Scenario.class)) {
            out.add(l);
        }
        for (ParamPaths.Leaf l : ParamPaths.leaves(RegionSpec.class)) {
            out.add(new ParamPaths.Leaf("population.regions[moscow_city]." + l.path(), l.type(), l.param()));
        }
        for (ParamPaths.Leaf l : ParamPaths.leaves(BorderPostSpec.class)) {
            out.add(new ParamPaths.Leaf("borders.posts[upper_lars]." + l.path(), l.type(), l.param()));
        }
        out.removeIf(l -> !(l.type().isPrimitive() && l.type() != boolean.class));
        return out;
    }

    @Test
    void valuesJustOutsideTheDocumentedRangeAreRefused() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ParamPaths.Leaf l : numericLeaves()) {
            Param p = l.param();
            double step = whole(l.type()) ? 1 : 1e-6;
            if (Double.isFinite(p.min()) && p.min() - step >= -Long.MAX_VALUE) {
                checked++;
                if (accepted(s, l.path(), value(l.type(), p.min() - step))) {
                    problems.add(
                            l.path() + " accepts " + (p.min() - step) + " below its documented minimum " + p.min());
                }
            }
            if (Double.isFinite(p.max())) {
                checked++;
                if (accepted(s, l.path(), value(l.type(), p.max() + step))) {
                    problems.add(
                            l.path() + " accepts " + (p.max() + step) + " above its documented maximum " + p.max());
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " bounds checked");
        assertEquals(List.of(), problems);
    }

    @Test
    void aValueOutsideItsRangeIsRefusedByNameWithTheRange() {
        List<String> problems = new ArrayList<>();
        for (ParamPaths.Leaf l : numericLeaves()) {
            Param p = l.param();
            if (!Double.isFinite(p.max())) {
                continue;
            }
            String name = l.path().substring(l.path().lastIndexOf('.') + 1);
            String bound = whole(l.type()) ? String.valueOf((long) p.max()) : String.valueOf(p.max());
            try {
                ParamPaths.set(s, l.path(), value(l.type(), p.max() + (whole(l.type()) ? 1 : 1e-6)));
                problems.add(l.path() + " accepted");
            } catch (IllegalArgumentException e) {
                if (!e.getMessage().contains(name + " must be between ")
                        || !e.getMessage().contains(" and " + bound + ", was ")) {
                    problems.add(l.path() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aConstructorThatPassesTheWrongComponentsToRangesFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Ranges.check(ReviewParams.class, 1, 2, 0.5));
        assertThrows(IllegalStateException.class, () -> Ranges.check(ReviewParams.class, 1, 2, 0.5, 3));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ReviewParams(61, 1, 0.5, 0.5));
        assertEquals("lagDays must be between 0 and 60, was 61", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReviewParams(1, 1, 1.5, 0.5));
        assertEquals("capacityShare must be between 0.0 and 1.0, was 1.5", e.getMessage());
    }

    @Test
    void theDocumentedBoundsThemselvesAreAccepted() {
        List<String> problems = new ArrayList<>();
        for (ParamPaths.Leaf l : numericLeaves()) {
            Param p = l.param();
            String name = l.path().replaceAll("\\[[^]]*]", "");
            if (Double.isFinite(p.min())
                    && !CROSS_CHECKED.contains(name + ":min")
                    && !accepted(s, l.path(), value(l.type(), p.min()))) {
                problems.add(l.path() + " refuses its documented minimum " + p.min());
            }
            if (Double.isFinite(p.max())
                    && !CROSS_CHECKED.contains(name + ":max")
                    && !accepted(s, l.path(), value(l.type(), p.max()))) {
                problems.add(l.path() + " refuses its documented maximum " + p.max());
            }
        }
        assertEquals(List.of(), problems);
        // the cross-checked bounds are refused for the reason named, and accepted once the other bound allows them
        assertTrue(!accepted(s, "population.ageMax", 16));
        assertTrue(accepted(ParamPaths.set(s, "population.ageMin", 16), "population.ageMax", 16));
        assertTrue(!accepted(s, "recruiters.targetAgeMax", 16));
        assertTrue(accepted(ParamPaths.set(s, "recruiters.targetAgeMin", 16), "recruiters.targetAgeMax", 16));
    }
}
