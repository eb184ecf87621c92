package org.callup.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.model.params.Scenario;
import org.callup.scenarios.Problem;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.scenarios.ScenarioValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup scenarios}: the scenario library and scenario files. */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = "List, show and check scenarios. Without a subcommand: list.")
public final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return list();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios shipped with callup.")
    int list() {
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        int width = lib.names().stream().mapToInt(String::length).max().orElse(0);
        for (String name : lib.names()) {
            out().printf("%-" + width + "s  %s%n", name, lib.describe(name));
        }
        out().flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a scenario fully resolved (extends, regions and posts spelt out) as YAML.")
    int show(
            @Parameters(
                            paramLabel = "SCENARIO",
                            completionCandidates = ScenarioNames.class,
                            description = "A library scenario (${COMPLETION-CANDIDATES}) or a YAML file.")
                    String scenario)
            throws Exception {
        ResolvedScenario r = ScenarioLibrary.shipped().load(scenario);
        out().print(r.resolvedYaml());
        out().flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = {
                "Check scenario files without running them.",
                "Every problem is listed with its file, " + "line and YAML path. Exit code 2 if any file has a problem."
            })
    int validate(
            @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario YAML files or names.")
                    List<String> files) {
        int bad = 0;
        for (String f : files) {
            List<Problem> problems = ScenarioValidator.validate(f);
            if (problems.isEmpty()) {
                out().println(TerminalText.line(f + ": ok (" + describe(f) + ")"));
            } else {
                bad++;
                PrintWriter err = spec.commandLine().getErr();
                err.println(TerminalText.line(
                        f + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")));
                for (int i = 0; i < problems.size(); i++) {
                    err.printf(
                            "%3d. %s%n",
                            i + 1, TerminalText.line(problems.get(i).toString()));
                }
                err.flush();
            }
        }
        out().flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static String describe(String f) {
        try {
            Scenario s = ScenarioLibrary.shipped().load(f).scenario();
            return s.name() + ", " + s.startDate() + " to " + s.endDate() + ", "
                    + s.population().regions().size() + " regions, "
                    + s.borders().posts().size() + " exit routes";
        } catch (Exception e) {
            return "valid";
        }
    }

    @Command(
            name = "schema",
            mixinStandardHelpOptions = true,
            description = "Print the JSON Schema of scenario files, for editors that check YAML as you type.")
    int schema() {
        out().println(ScenarioValidator.jsonSchema());
        out().flush();
        return ExitCodes.OK;
    }
}
