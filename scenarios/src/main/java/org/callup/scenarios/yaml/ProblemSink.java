package org.callup.scenarios.yaml;

/**
 * Where a {@link SafeYamlReader} reports a problem that does not stop it, such as a key given twice, so that it is
 * listed with the problems found later by whoever reads the tree.
 */
@FunctionalInterface
public interface ProblemSink {

    /**
     * @param location where the problem is
     * @param path     YAML path of the value concerned, or empty for the file as a whole
     * @param message  what is wrong, for a user
     */
    void at(Location location, String path, String message);
}
