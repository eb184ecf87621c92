package org.callup.experiments.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.callup.scenarios.Problem;
import org.callup.scenarios.yaml.Location;
import org.callup.scenarios.yaml.ProblemSink;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Collects every problem of a sweep file before failing once, each with the file, line, column and YAML path, in
 * file order: a user fixes the file in one pass rather than one error per try.
 */
final class SweepProblems implements ProblemSink {
    static final int LIMIT = 200;

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    SweepProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(YamlNode node, String message) {
        at(node.location(), node.path(), message);
    }

    @Override
    public void at(Location location, String path, String message) {
        add(location.line(), location.column(), path, message);
    }

    /** A problem with the file as a whole. */
    void file(String message) {
        add(0, 0, "", message);
    }

    private void add(int line, int column, String path, String message) {
        if (list.size() < LIMIT) {
            list.add(new Problem(file, path, line, column, message));
        }
    }

    boolean any() {
        return !list.isEmpty();
    }

    void throwIfAny() throws SweepFileException {
        if (any()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new SweepFileException(sorted);
        }
    }
}
