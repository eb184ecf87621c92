package org.callup.viz.gui;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;
import sim.util.Interval;

/**
 * The exits, as a student moves them: closing the land borders or the airports, the capacity of every post and the
 * price of flights as a share of the scenario's, and the rules at the posts. One post at a time: click it on the map.
 */
public final class BorderControls extends ControlBase {
    static final String FARE_RISE = "borders.airPriceElasticity";
    private static final Predicate<BorderPostSpec> LAND = p -> p.mode() != PostMode.AIR;
    private static final Predicate<BorderPostSpec> AIR = p -> p.mode() == PostMode.AIR;

    public BorderControls(LiveScenario params) {
        super(params);
    }

    @Override
    List<Shown> shown() {
        return List.of(
                new Shown("LandBordersOpen", "Land borders open"),
                new Shown("AirRoutesOpen", "Flights abroad open"),
                new Shown("CapacityPercent", "Border capacity, % of normal"),
                new Shown("FlightPricePercent", "Price of flights, % of normal"),
                new Shown("FareRiseWithDemand", "Fare rise with demand"),
                new Shown("SummonsInQueues", "Summons served in queues"),
                new Shown("TurnBackSummoned", "Men with a summons turned back"));
    }

    private List<BorderPostSpec> posts() {
        return params.shown().borders().posts();
    }

    private String post(BorderPostSpec p, String leaf) {
        return "borders.posts[" + p.id() + "]." + leaf;
    }

    /** Whether any such post is open: the scenario may keep one closed (Azerbaijan) while the others are open. */
    private boolean anyOpen(Predicate<BorderPostSpec> which) {
        return posts().stream().filter(which).anyMatch(BorderPostSpec::open);
    }

    private void openAll(Predicate<BorderPostSpec> which, boolean open, String what) {
        for (BorderPostSpec p : posts()) {
            if (which.test(p) && p.open() != open) {
                set(post(p, "open"), open);
            }
        }
        params.describeLastChange(what + (open ? " opened" : " closed"));
    }

    public boolean getLandBordersOpen() {
        return anyOpen(LAND);
    }

    public void setLandBordersOpen(boolean v) {
        openAll(LAND, v, "land borders");
    }

    public String desLandBordersOpen() {
        return "<html>Ticked while any road or rail post is open. Unticking closes them all (seeds 000, 001: the"
                + "<br>threat of closing the exits to men of fighting age); men queueing at a closed post go home."
                + "<br>Ticking opens them all. One post at a time: click it on the map."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    public boolean getAirRoutesOpen() {
        return anyOpen(AIR);
    }

    public void setAirRoutesOpen(boolean v) {
        openAll(AIR, v, "flights abroad");
    }

    public String desAirRoutesOpen() {
        return "<html>Ticked while any air route is open; unticking closes them all, ticking opens them all."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    /** Mean over posts of today's capacity as a percentage of the scenario's. */
    public double getCapacityPercent() {
        return percentOfOriginal(BorderPostSpec::capacityPersonsPerDay, p -> true);
    }

    public void setCapacityPercent(double percent) {
        scale(percent, "capacityPersonsPerDay", BorderPostSpec::capacityPersonsPerDay, p -> true);
        params.describeLastChange("border capacity " + Math.round(percent) + "% of normal");
    }

    public Object domCapacityPercent() {
        return new Interval(0.0, 300.0);
    }

    public String desCapacityPercent() {
        return "<html>Persons every post can process per day, in % of the scenario's value"
                + "<br>(e.g. Upper Lars: about 2,000 cars a day, border_posts.csv). 100 = as in the scenario."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    /** Mean over air routes of today's base fare as a percentage of the scenario's. */
    public double getFlightPricePercent() {
        return percentOfOriginal(BorderPostSpec::priceRub, AIR);
    }

    public void setFlightPricePercent(double percent) {
        scale(percent, "priceRub", BorderPostSpec::priceRub, AIR);
        params.describeLastChange("price of flights " + Math.round(percent) + "% of normal");
    }

    public Object domFlightPricePercent() {
        return new Interval(10.0, 1000.0);
    }

    public String desFlightPricePercent() {
        return "<html>Base fare of every air route, in % of the scenario's value. Fares also rise with demand"
                + "<br>(scale-facts.csv: Moscow-Yerevan about $150, then $1,400 on 2022-09-21)."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    public double getFareRiseWithDemand() {
        return number(FARE_RISE);
    }

    public void setFareRiseWithDemand(double v) {
        set(FARE_RISE, v);
    }

    public Object domFareRiseWithDemand() {
        return ParamDocs.range(FARE_RISE);
    }

    public String desFareRiseWithDemand() {
        return ParamDocs.tooltip(FARE_RISE);
    }

    public boolean getSummonsInQueues() {
        return posts().stream().anyMatch(p -> p.rules().summonsInQueue());
    }

    public void setSummonsInQueues(boolean v) {
        for (BorderPostSpec p : posts()) {
            if (p.rules().summonsInQueue() != v) {
                set(post(p, "rules.summonsInQueue"), v);
            }
        }
        params.describeLastChange("summons in border queues " + (v ? "on" : "off"));
    }

    public String desSummonsInQueues() {
        return "<html>Ticked when summons are served at one post or more; ticking serves them at every post."
                + "<br>" + ParamDocs.of("borders.posts[x].rules.summonsInQueue").source() + "."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    public boolean getTurnBackSummoned() {
        return posts().stream().anyMatch(p -> p.rules().turnBackSummoned());
    }

    public void setTurnBackSummoned(boolean v) {
        for (BorderPostSpec p : posts()) {
            if (p.rules().turnBackSummoned() != v) {
                set(post(p, "rules.turnBackSummoned"), v);
            }
        }
        params.describeLastChange("men with a summons turned back: " + (v ? "yes" : "no"));
    }

    public String desTurnBackSummoned() {
        return "<html>Ticked when one post or more turns back men holding a summons or a travel ban;"
                + "<br>ticking makes every post do so.<br><i>A change applies from the next day.</i></html>";
    }

    private double percentOfOriginal(ToDoubleFunction<BorderPostSpec> value, Predicate<BorderPostSpec> which) {
        List<BorderPostSpec> base = params.original().borders().posts();
        double sum = 0;
        int n = 0;
        for (BorderPostSpec p : posts()) {
            BorderPostSpec b = byId(base, p.id());
            if (which.test(p) && b != null && value.applyAsDouble(b) > 0) {
                sum += value.applyAsDouble(p) / value.applyAsDouble(b);
                n++;
            }
        }
        return n == 0 ? 100.0 : 100.0 * sum / n;
    }

    private void scale(
            double percent, String leaf, ToDoubleFunction<BorderPostSpec> value, Predicate<BorderPostSpec> which) {
        List<BorderPostSpec> base = params.original().borders().posts();
        double max = ParamDocs.of("borders.posts[x]." + leaf).max();
        for (BorderPostSpec p : posts()) {
            BorderPostSpec b = byId(base, p.id());
            if (which.test(p) && b != null) {
                set(post(p, leaf), Math.min(max, value.applyAsDouble(b) * percent / 100.0));
            }
        }
    }

    private static BorderPostSpec byId(List<BorderPostSpec> posts, String id) {
        for (BorderPostSpec p : posts) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }
}
