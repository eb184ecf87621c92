package org.callup.model.params;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.callup.model.timeline.PolicyEvent;

/** Everything the model needs for one run: dates, seed, the parameter groups and the dated policy timeline. */
public record Scenario(
        @Param(doc = "Scenario name") String name,
        @Param(doc = "What the scenario represents") String description,
        @Param(doc = "First simulated day") LocalDate startDate,
        @Param(doc = "Last simulated day (inclusive)") LocalDate endDate,

        @Param(min = 0, doc = "Seed of every random stream of the run")
        long seed,

        @Param(doc = "The synthetic population") PopulationParams population,
        @Param(doc = "Citizens' attributes") CitizenParams citizens,
        @Param(doc = "Citizens' choices") DecisionParams decisions,
        @Param(doc = "Commissariats") RecruiterParams recruiters,
        @Param(doc = "Border posts") BorderParams borders,
        @Param(doc = "Protest and repression") ProtestParams protest,
        @Param(doc = "Dated policy events") List<PolicyEvent> timeline) {

    public Scenario {
        Check.notNull("name", name);
        description = description == null ? "" : description;
        Check.notNull("startDate", startDate);
        Check.notNull("endDate", endDate);
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        Check.notNull("population", population);
        Check.notNull("citizens", citizens);
        Check.notNull("decisions", decisions);
        Check.notNull("recruiters", recruiters);
        Check.notNull("borders", borders);
        Check.notNull("protest", protest);
        timeline = List.copyOf(Check.notNull("timeline", timeline));
        Ranges.check(
                Scenario.class,
                name,
                description,
                startDate,
                endDate,
                seed,
                population,
                citizens,
                decisions,
                recruiters,
                borders,
                protest,
                timeline);
    }

    /** Number of simulated days, start and end included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }
}
