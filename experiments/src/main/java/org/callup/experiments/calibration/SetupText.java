package org.callup.experiments.calibration;

import java.util.List;
import java.util.stream.Collectors;
import org.callup.model.params.Scenario;
import org.callup.results.CallupVersion;
import org.callup.results.Target;

/**
 * The setup of a calibration as text, kept in its folder: everything that decides which candidates the search
 * visits and what their runs give. A calibration continues from its journal only when this text is unchanged,
 * so a journal is never replayed against other parameters, targets, seeds or another build of the model. The
 * budget is not part of it: a search resumed with a larger budget retraces its steps and goes on.
 */
public final class SetupText {
    private SetupText() {}

    static String of(CalibrationProblem p, CalibrationSetup s, CmaesSearch.Settings search, CallupVersion version) {
        return of(
                p,
                "search: CMA-ES, population " + search.lambda() + ", initial step "
                        + Numbers.compact(search.initialStep()) + ", seed " + search.seed() + "\n",
                version);
    }

    /** The setup with another search method, described by its own line ({@code search: ...}). */
    public static String of(CalibrationProblem p, String searchLine, CallupVersion version) {
        Scenario b = p.base();
        StringBuilder sb = new StringBuilder();
        sb.append("# callup calibrate: the setup of this calibration. A restarted calibration continues from the\n")
                .append("# journal only if this text is unchanged.\n");
        sb.append("callup: ").append(version).append('\n');
        sb.append("scenario: ")
                .append(p.source().name())
                .append(" (")
                .append(p.source().origin())
                .append("), sha256 ")
                .append(p.source().sha256())
                .append('\n');
        sb.append("runs: scale ")
                .append(b.population().scale())
                .append(", ")
                .append(b.startDate())
                .append(" to ")
                .append(b.endDate())
                .append(", seeds ")
                .append(p.seeds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        if (p.seedPool().size() > p.seeds().size()) {
            sb.append(" as ")
                    .append(p.seeds().size())
                    .append(" per candidate, picked by its values from the pool ")
                    .append(p.seedPool().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        sb.append('\n');
        sb.append("targets: ").append(p.targetsLabel()).append('\n');
        for (CalibrationTarget t : p.targets()) {
            sb.append("  ")
                    .append(describe(t.target()))
                    .append(", weight ")
                    .append(Numbers.compact(t.weight()))
                    .append(", group ")
                    .append(t.group());
            if (t.inSeries()) {
                sb.append(", series ").append(t.series());
            }
            if (t.softEdgeMultiple() > 0
                    && (Double.isNaN(t.target().low())
                            || Double.isNaN(t.target().high()))) {
                sb.append(", soft edge ")
                        .append(Numbers.compact(t.softEdgeMultiple()))
                        .append('x');
            }
            sb.append('\n');
        }
        sb.append("parameters:\n");
        for (FreeParameter f : p.parameters()) {
            sb.append("  ")
                    .append(f.path())
                    .append(' ')
                    .append(f.describeBounds())
                    .append(f.whole() ? " whole" : "")
                    .append(", start ")
                    .append(Numbers.compact(f.start()))
                    .append('\n');
        }
        sb.append(searchLine);
        return sb.toString();
    }

    private static String describe(Target t) {
        return String.join(
                " ",
                List.of(
                        t.id(),
                        t.metric(),
                        t.scope(),
                        t.statistic().key(),
                        t.dateFrom().toString(),
                        t.dateTo().toString(),
                        Numbers.compact(t.value()),
                        Numbers.compact(t.low()),
                        Numbers.compact(t.high())));
    }
}
