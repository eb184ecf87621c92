package org.callup.scenarios;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found in it. Loading collects all problems before failing,
 * so that a user can fix a file in one pass; {@link #format()} is the text to show them.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order they were found (file order, then cross-checks). */
    public List<Problem> problems() {
        return problems;
    }

    /** A numbered list of the problems, one per line, headed by their count. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" in the scenario:");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(System.lineSeparator())
                    .append(String.format("%3d. ", i + 1))
                    .append(problems.get(i));
        }
        return sb.toString();
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "no problems";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
