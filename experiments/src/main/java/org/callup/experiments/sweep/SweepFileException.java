package org.callup.experiments.sweep;

import java.util.List;
import org.callup.results.BadInputException;
import org.callup.scenarios.Problem;

/**
 * A sweep file that cannot be used, with every problem found in it: one line for one problem, else a numbered
 * list. It is bad input (exit code 2); nothing has been written when it is thrown.
 */
public final class SweepFileException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    SweepFileException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems in the sweep file:");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(System.lineSeparator())
                    .append(String.format("%3d. ", i + 1))
                    .append(problems.get(i));
        }
        return sb.toString();
    }
}
