package org.callup.experiments.sweep;

import java.util.List;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlNode;

/** The names of parameters and outputs: columns of runs.csv and points.csv, so they must differ from each other. */
final class Names {
    /** Columns the files always have. */
    static final List<String> RESERVED =
            List.of("run", "point", "replication", "seed", "error", "output", "n", "mean", "sd", "ci_low", "ci_high");

    private Names() {}

    /** A name usable as a CSV column in R and pandas without quoting; null after a problem. */
    static String identifier(StrictValues in, YamlNode n) {
        String s = in.text(n, "a name (a letter, then letters, digits or '_')");
        if (s != null && !s.matches("[A-Za-z][A-Za-z0-9_]*")) {
            in.at(
                    n,
                    "'" + s + "' is not a valid name: use a letter, then letters, digits or '_' (it becomes "
                            + "a column of the CSV files)");
            return null;
        }
        return s;
    }

    /** Whether {@code name} is free; if not, a problem at {@code at} says why. */
    static boolean unique(StrictValues problems, YamlNode at, String name, List<String> taken) {
        if (RESERVED.contains(name)) {
            problems.at(
                    at,
                    "the name '" + name + "' is a column runs.csv or points.csv always has; choose "
                            + "another with 'name'");
            return false;
        }
        if (taken.contains(name)) {
            problems.at(
                    at,
                    "the name '" + name + "' is used twice; parameters and outputs are columns of runs.csv "
                            + "and need different names (set 'name')");
            return false;
        }
        return true;
    }
}
