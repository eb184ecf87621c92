package org.callup.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.callup.scenarios.yaml.Location;
import org.callup.scenarios.yaml.ProblemSink;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Collects the problems of one load so that all of them are reported at once. A hostile or badly broken file could
 * produce thousands; the first {@value #LIMIT} are kept, which is more than anyone fixes in one pass.
 */
final class Problems implements ProblemSink {
    static final int LIMIT = 200;

    private final List<Problem> list = new ArrayList<>();
    private int dropped;

    void at(YamlNode node, String message) {
        at(node.location(), node.path(), message);
    }

    @Override
    public void at(Location location, String path, String message) {
        add(new Problem(location.file(), path, location.line(), location.column(), message));
    }

    void add(Problem p) {
        if (list.size() < LIMIT) {
            list.add(p);
        } else {
            dropped++;
        }
    }

    void addAll(List<Problem> ps) {
        ps.forEach(this::add);
    }

    /** The problems grouped by file (files in the order first met) and sorted by position within a file. */
    private List<Problem> inFileOrder() {
        List<String> files = new ArrayList<>();
        list.forEach(p -> {
            if (!files.contains(p.file())) {
                files.add(p.file());
            }
        });
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Problem p) -> files.indexOf(p.file()))
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return out;
    }

    int count() {
        return list.size() + dropped;
    }

    boolean any() {
        return count() > 0;
    }

    void throwIfAny() throws ScenarioException {
        if (any()) {
            throw toException();
        }
    }

    /** The problems so far as an exception; there must be at least one. */
    ScenarioException toException() {
        List<Problem> out = inFileOrder();
        if (dropped > 0) {
            out.add(new Problem("", "", 0, 0, dropped + " further problems not shown"));
        }
        return new ScenarioException(out);
    }
}
