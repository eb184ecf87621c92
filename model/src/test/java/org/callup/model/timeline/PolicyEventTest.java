package org.callup.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.params.AdmissionRules;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** What each type of policy event does to the parameters in force (a pure function) and to the run. */
class PolicyEventTest {
    private static final LocalDate D = LocalDate.of(2022, 9, 21);
    private final Scenario s = UnitScenarios.scenario(100_000, 10, UnitScenarios.START.plusDays(60), List.of());

    private static Scenario apply(Scenario params, PolicyEvent e) {
        return e.applyTo(params);
    }

    /** The run effects of one event, as a list of calls. */
    private List<String> effects(PolicyEvent e) {
        List<String> calls = new ArrayList<>();
        e.enact(
                new RunEffects() {
                    @Override
                    public void raiseAlarm(double level) {
                        calls.add("alarm " + level);
                    }

                    @Override
                    public void startWave() {
                        calls.add("wave");
                    }

                    @Override
                    public void endQuota() {
                        calls.add("end");
                    }

                    @Override
                    public void startReview(ReviewParams review) {
                        calls.add("review " + review.days());
                    }
                },
                e.applyTo(s));
        return calls;
    }

    private static BorderPostSpec post(Scenario sc, String id) {
        return sc.borders().posts().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void setParameterSetsTheValueAtItsPath() {
        Scenario t = apply(s, new SetParameter(D, null, "", "protest.legitimacy", 0.25));
        assertEquals(0.25, t.protest().legitimacy());
        t = apply(s, new SetParameter(D, null, "", "borders.posts[kz_ozinki].capacityPersonsPerDay", 123.0));
        assertEquals(123.0, post(t, "kz_ozinki").capacityPersonsPerDay());
        assertEquals(post(s, "upper_lars"), post(t, "upper_lars"), "other posts unchanged");
        assertEquals(
                s.protest(),
                apply(s, new SetParameter(D, null, "", "recruiters.planDays", 20))
                        .protest());
    }

    @Test
    void openAndCloseAPost() {
        Scenario closed = apply(s, new ClosePost(D, null, "", "upper_lars"));
        assertFalse(post(closed, "upper_lars").open());
        assertTrue(post(closed, "kz_ozinki").open());
        Scenario reopened = apply(closed, new OpenPost(D, null, "", "upper_lars"));
        assertTrue(post(reopened, "upper_lars").open());
        assertThrows(IllegalArgumentException.class, () -> apply(s, new ClosePost(D, null, "", "nowhere")));
    }

    @Test
    void closePostsWithoutASelectorClosesEveryPostAndOpenPostsReopensThem() {
        Scenario closed = apply(s, new ClosePosts(D, null, "", null, null));
        assertTrue(closed.borders().posts().stream().noneMatch(BorderPostSpec::open));
        Scenario reopened = apply(closed, new OpenPosts(D, null, "", null, null));
        assertTrue(reopened.borders().posts().stream().allMatch(BorderPostSpec::open));
        assertEquals("close every post", new ClosePosts(D, null, null, null, null).label());
    }

    @Test
    void closePostsBySelectorClosesOnlyTheMatchingPosts() {
        BorderPostSpec any = s.borders().posts().get(0);
        Scenario byCountry = apply(s, new ClosePosts(D, null, "", any.destinationCountry(), null));
        for (BorderPostSpec p : byCountry.borders().posts()) {
            assertEquals(!p.destinationCountry().equals(any.destinationCountry()), p.open(), p.id());
        }
        Scenario byMode = apply(s, new ClosePosts(D, null, "", null, any.mode()));
        for (BorderPostSpec p : byMode.borders().posts()) {
            assertEquals(p.mode() != any.mode(), p.open(), p.id());
        }
        Scenario both = apply(s, new ClosePosts(D, null, "", any.destinationCountry(), any.mode()));
        for (BorderPostSpec p : both.borders().posts()) {
            boolean selected = p.mode() == any.mode() && p.destinationCountry().equals(any.destinationCountry());
            assertEquals(!selected, p.open(), p.id());
        }
        assertThrows(IllegalArgumentException.class, () -> apply(s, new ClosePosts(D, null, "", "Atlantis", null)));
    }

    @Test
    void setAdmissionRulesChangesOnlyTheRulesItNames() {
        AdmissionRules before = post(s, "upper_lars").rules();
        Scenario t = apply(s, new SetAdmissionRules(D, null, "", "upper_lars", true, null, true, null, null, null));
        AdmissionRules after = post(t, "upper_lars").rules();
        assertTrue(after.touristVisaRefused());
        assertTrue(after.summonsInQueue());
        assertEquals(before.turnBackSummoned(), after.turnBackSummoned());
        assertEquals(before.footAllowed(), after.footAllowed());
        assertEquals(post(s, "kz_ozinki").rules(), post(t, "kz_ozinki").rules());
    }

    @Test
    void addAndRemoveExemptions() {
        for (ExemptionCategory c : ExemptionCategory.values()) {
            Scenario on = apply(s, new AddExemption(D, null, "", c));
            assertTrue(on.recruiters().exemptions().covers(c), "add " + c);
            Scenario off = apply(on, new RemoveExemption(D, null, "", c));
            assertFalse(off.recruiters().exemptions().covers(c), "remove " + c);
            for (ExemptionCategory other : ExemptionCategory.values()) {
                if (other != c) {
                    assertEquals(
                            s.recruiters().exemptions().covers(other),
                            on.recruiters().exemptions().covers(other));
                }
            }
        }
    }

    @Test
    void startAndStopRaids() {
        Scenario t =
                apply(s, new StartRaids(D, null, "", List.of("dagestan"), List.of(Channel.RAID, Channel.FACIAL), 2.5));
        assertEquals(2.5, t.recruiters().channels().raid().intensity());
        assertEquals(List.of("dagestan"), t.recruiters().channels().raid().regions());
        assertEquals(2.5, t.recruiters().channels().facial().intensity());
        assertEquals(
                s.recruiters().channels().address(), t.recruiters().channels().address());
        assertEquals(
                s.recruiters().channels().raid().reach(),
                t.recruiters().channels().raid().reach());
        Scenario stopped = apply(t, new StopRaids(D, null, "", List.of(Channel.RAID)));
        assertEquals(0, stopped.recruiters().channels().raid().intensity());
        assertEquals(List.of(), stopped.recruiters().channels().raid().regions());
        assertFalse(stopped.recruiters().channels().raid().active());
        assertEquals(2.5, stopped.recruiters().channels().facial().intensity());
        assertThrows(IllegalArgumentException.class, () -> new StartRaids(D, null, "", null, List.of(Channel.RAID), 0));
    }

    @Test
    void quotasWavesAndTheDeclaredEnd() {
        Scenario q = apply(s, new SetQuota(D, null, "", 120_000, 61));
        assertEquals(120_000, q.recruiters().nationalQuotaPersons());
        assertEquals(61, q.recruiters().planDays());
        assertEquals(s.protest(), q.protest());
        Scenario w = apply(s, new AnnounceWave(D, null, "", 300_000, 37, 1.0, 0.2));
        assertEquals(300_000, w.recruiters().nationalQuotaPersons());
        assertEquals(37, w.recruiters().planDays());
        assertEquals(s.protest().legitimacy() - 0.2, w.protest().legitimacy(), 1e-12);
        Scenario low = apply(s, new AnnounceWave(D, null, "", 1, 1, 1.0, 1.0));
        assertEquals(0, low.protest().legitimacy(), "legitimacy does not go below zero");
        assertSame(s, apply(s, new EndQuota(D, null, "")), "the end of a quota changes no parameter");
        assertThrows(IllegalArgumentException.class, () -> new SetQuota(D, null, "", -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new AnnounceWave(D, null, "", 10, 10, 1.5, 0));
    }

    @Test
    void wavesQuotasTheEndAndReviewsActOnTheRun() {
        assertEquals(List.of("wave", "alarm 0.7"), effects(new AnnounceWave(D, null, "", 300_000, 37, 0.7, 0.2)));
        assertEquals(List.of("wave"), effects(new SetQuota(D, null, "", 120_000, 61)));
        assertEquals(List.of("end"), effects(new EndQuota(D, null, "")));
        assertEquals(List.of("review " + s.recruiters().review().days()), effects(new ReviewDrafts(D, null, "")));
        assertSame(s, apply(s, new ReviewDrafts(D, null, "")), "a review changes no parameter");
        assertEquals(List.of(), effects(new ClosePost(D, null, "", "upper_lars")));
        assertEquals(List.of(), effects(new SetParameter(D, null, "", "protest.legitimacy", 0.25)));
    }

    @Test
    void labelsAreTheNoteOrADescription() {
        assertEquals("Decree", new EndQuota(D, null, "Decree").label());
        assertEquals("quota declared complete", new EndQuota(D, null, "").label());
        assertEquals("close upper_lars", new ClosePost(D, null, null, "upper_lars").label());
    }
}
