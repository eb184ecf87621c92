package org.callup.model.sim;

import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;

/**
 * Why men abroad come back, as the brief and the reports give the reasons (docs/ODD.md, section 7.14): family and
 * homesickness, at a small daily rate that rises once the call-up is declared over (seed 003); money running out,
 * once what he took with him no longer pays for living abroad; and the end of the stay his destination allows
 * without a residence permit (border_posts.csv: Mongolia 30 days and 30 more, Kazakhstan's proposed three months).
 * A man's daily chance of coming back is the sum of the rates of the reasons that apply to him.
 */
final class Returns {
    /** Days in a month, for the months of living abroad a man's money pays for. */
    static final double DAYS_PER_MONTH = 30.4;

    private Returns() {}

    /**
     * The factor of the family-and-homesickness rate (and of the rate of coming out of hiding) today:
     * {@code returnBoostAfterEnd} while no mobilization is in force, once it has been declared complete or when the
     * call-up under way is the regular conscription (which takes men who have not served, not the reservists who
     * left; seed 003: men came back after the declared end), else 1.
     */
    static double boost(Commissariats offices, Scenario params) {
        boolean over =
                offices.ended() || (offices.active() && params.recruiters().conscription());
        return over ? params.decisions().returnBoostAfterEnd() : 1;
    }

    /**
     * The largest daily chance of return of any man abroad: the rate of the abroad row of the transition table, by
     * which the sweep thins each man's own chance.
     *
     * @param boost {@code returnBoostAfterEnd} once the quota is declared complete, else 1
     */
    static double bound(DecisionParams dp, BorderParams bp, double boost) {
        return Math.min(
                1, dp.abroadReturnRatePerDay() * boost + bp.brokeReturnRatePerDay() + bp.stayEndReturnRatePerDay());
    }

    /** Man i's daily chance of coming back today, at most {@link #bound}. */
    static double chance(DayContext ctx, Population pop, int i, double boost) {
        BorderParams bp = ctx.params.borders();
        BorderPostSpec post = bp.posts().get(pop.post[i]);
        int daysAbroad = ctx.day - pop.since[i];
        double h = ctx.dp.abroadReturnRatePerDay() * boost;
        double income = Traits.incomeRub(pop.income[i]);
        if (daysAbroad >= affordableDays(income, Traits.savingsRub(pop.savings[i]), post.priceRub(), bp)) {
            h += bp.brokeReturnRatePerDay();
        }
        if (post.stayLimitDays() > 0 && daysAbroad >= post.stayLimitDays()) {
            h += bp.stayEndReturnRatePerDay();
        }
        return Math.min(bound(ctx.dp, bp, boost), h);
    }

    /**
     * Whether man i comes back today, his uniform having fallen {@code v} into the abroad row of the given width:
     * {@code v < width * chance(...) / bound(...)}, the same answer, but his means (two more arrays to read and two
     * powers to take) are looked at only if the answer depends on them. His chance is the base rate plus the stay
     * rate if his stay has ended (h0), plus the broke rate too if his money has run out (h1, added in the order of
     * {@link #chance}); the threshold only grows with the chance, so a draw below h0's threshold returns him and one
     * at or above h1's keeps him abroad, whatever his money.
     */
    static boolean returns(DayContext ctx, Population pop, int i, double boost, double v, double width) {
        BorderParams bp = ctx.params.borders();
        double bound = bound(ctx.dp, bp, boost);
        if (bound <= 0) {
            return false;
        }
        BorderPostSpec post = bp.posts().get(pop.post[i]);
        int daysAbroad = ctx.day - pop.since[i];
        boolean stayEnded = post.stayLimitDays() > 0 && daysAbroad >= post.stayLimitDays();
        double h = ctx.dp.abroadReturnRatePerDay() * boost;
        double h0 = stayEnded ? h + bp.stayEndReturnRatePerDay() : h;
        double h1 = h + bp.brokeReturnRatePerDay();
        if (stayEnded) {
            h1 += bp.stayEndReturnRatePerDay();
        }
        if (bp.brokeReturnRatePerDay() >= 0) {
            if (v < width * Math.min(bound, h0) / bound) {
                return true;
            }
            if (v >= width * Math.min(bound, h1) / bound) {
                return false;
            }
        }
        double income = Traits.incomeRub(pop.income[i]);
        boolean broke = daysAbroad >= affordableDays(income, Traits.savingsRub(pop.savings[i]), post.priceRub(), bp);
        return v < width * Math.min(bound, broke ? h1 : h0) / bound;
    }

    /**
     * Days of living abroad that a man's means pay for: his savings and a month's income, less the fare, over what a
     * month abroad costs him beyond the income he keeps earning; infinite if he earns his living there.
     */
    static double affordableDays(double incomeRub, double savingsRub, double fareRub, BorderParams bp) {
        double burn = bp.livingCostAbroadRubPerMonth() - bp.incomeKeptAbroadShare() * incomeRub;
        if (burn <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, savingsRub + incomeRub - fareRub) / burn * DAYS_PER_MONTH;
    }
}
