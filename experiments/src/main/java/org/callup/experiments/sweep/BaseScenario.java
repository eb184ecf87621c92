package org.callup.experiments.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.scenarios.Problem;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlNode;

/**
 * The scenario a sweep varies: a library name, or a {@code .yaml} file relative to the sweep file.
 *
 * @param extendsRef how another scenario file would name it in {@code extends}: the library name, or the
 *                   absolute path of the file
 */
record BaseScenario(ResolvedScenario resolved, String extendsRef) {

    /**
     * Loads it, or returns null after adding a problem at {@code node} when the sweep file names no scenario that
     * exists. Problems inside the scenario file itself are thrown as they are, located in that file.
     */
    static BaseScenario load(YamlNode node, Path sweepDir, StrictValues in) throws ScenarioException {
        String ref = in.text(node, "a library scenario name or a .yaml file");
        if (ref == null) {
            return null;
        }
        ScenarioLibrary library = ScenarioLibrary.shipped();
        List<String> names = library.names();
        try {
            if (names.contains(ref)) {
                return new BaseScenario(library.load(ref), ref);
            }
            if (!ref.endsWith(".yaml") && !ref.endsWith(".yml")) {
                in.at(
                        node,
                        "no library scenario named '" + ref + "'" + Suggest.didYouMean(ref, names) + " (library: "
                                + String.join(", ", names) + "; a scenario file must end in .yaml)");
                return null;
            }
            Path file = sweepDir.resolve(ref).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                in.at(node, "no scenario file " + file + " (a path is taken relative to the sweep file)");
                return null;
            }
            return new BaseScenario(library.loadFile(shown(file)), file.toString());
        } catch (ScenarioException e) {
            Problem first = e.problems().get(0);
            if (first.file().isEmpty()) {
                in.at(node, first.message());
                return null;
            }
            throw e;
        }
    }

    /** A path relative to the working directory when it is below it, as messages should show it. */
    private static Path shown(Path abs) {
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
