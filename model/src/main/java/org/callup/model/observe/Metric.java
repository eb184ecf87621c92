package org.callup.model.observe;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.callup.model.citizens.CitizenState;
import org.callup.model.params.Channel;

/**
 * The observation vocabulary. Flows are counts during the day; stocks are end-of-day counts; levels are end-of-day
 * values of a quantity that is not a count. Counts are in real persons (simulated citizens times the scale), except
 * {@link #OFFICE_ATTACKS}, which counts attacks. Validation and calibration files use these names.
 */
public enum Metric {
    MOBILIZED(
            "mobilized",
            Kind.FLOW,
            "men mobilized under a call-up of reservists (reported or caught, and processed), counted in the official totals recruiters.reportingLagDays after being taken (0: the same day); not conscripts",
            Scopes.CITIZEN),
    MOBILIZED_CUMULATIVE(
            "mobilized_cumulative", Kind.STOCK, "men mobilized since the start (not conscripts)", Scopes.CITIZEN),
    QUOTA("quota", Kind.LEVEL, "quota in force (national, or the region's share)", Scopes.CITIZEN),
    SUMMONS_CAPACITY(
            "summons_capacity",
            Kind.LEVEL,
            "summons the commissariats can deliver today (after pressure, attacks and reviews)",
            Scopes.CITIZEN),
    EMIGRANTS("emigrants", Kind.FLOW, "men of mobilization age leaving the country", Scopes.EVERY),
    CROSSINGS_OUT("crossings_out", Kind.FLOW, "all travellers leaving, as border statistics count them", Scopes.BORDER),
    ABROAD("abroad", Kind.STOCK, "men abroad", Scopes.CITIZEN_AND_COUNTRY),
    RETURNED_FROM_ABROAD("returned_from_abroad", Kind.FLOW, "men coming back from abroad", Scopes.CITIZEN_AND_COUNTRY),
    HIDING("hiding", Kind.STOCK, "men hiding inside the country", Scopes.CITIZEN),
    NOTIFIED("notified", Kind.STOCK, "men holding a summons who have not reported", Scopes.CITIZEN),
    SUMMONS_DELIVERED("summons_delivered", Kind.FLOW, "summons delivered, all channels", Scopes.CITIZEN),
    SUMMONS_DELIVERED_ADDRESS(Channel.ADDRESS, "summons delivered at the registered address", Scopes.CITIZEN),
    SUMMONS_DELIVERED_WORKPLACE(Channel.WORKPLACE, "summons delivered at work", Scopes.CITIZEN),
    SUMMONS_DELIVERED_RAID(Channel.RAID, "summons delivered in street and venue raids", Scopes.CITIZEN),
    SUMMONS_DELIVERED_FACIAL(Channel.FACIAL, "summons delivered after facial recognition", Scopes.CITIZEN),
    SUMMONS_DELIVERED_ELECTRONIC(Channel.ELECTRONIC, "electronic summons (with a travel ban)", Scopes.CITIZEN),
    SUMMONS_DELIVERED_BORDER(Channel.BORDER, "summons served in border queues", Scopes.EVERY),
    SUMMONS_MISTAKEN(
            "summons_mistaken",
            Kind.FLOW,
            "summonses served by mistake, to men with grounds for exemption in force or above the age caps, by every"
                    + " route: the channels of summons_delivered (border draft points included) and the police"
                    + " station after an arrest (protest_summonses)",
            Scopes.CITIZEN),
    RAID_DETENTIONS("raid_detentions", Kind.FLOW, "men detained in raids", Scopes.CITIZEN),
    TURNED_BACK("turned_back", Kind.FLOW, "men turned back at a post", Scopes.EVERY),
    GAVE_UP_QUEUE(
            "gave_up_queue",
            Kind.FLOW,
            "men who gave up a road queue, or turned round on the way to it, facing more wait or danger than they would bear, and went home",
            Scopes.EVERY),
    AIR_NO_SEAT(
            "air_no_seat",
            Kind.FLOW,
            "men who found no seat on a flight within their booking horizon; they choose again the next day",
            Scopes.EVERY),
    QUEUE_LENGTH("queue_length", Kind.STOCK, "travellers queueing at posts (all travellers)", Scopes.BORDER),
    QUEUE_WAIT_HOURS(
            "queue_wait_hours", Kind.LEVEL, "expected wait for a traveller joining the queue, hours", Scopes.BORDER),
    AIR_PRICE_RUB(
            "air_price_rub",
            Kind.LEVEL,
            "cheapest fare of an air route, RUB (all: mean over open routes)",
            Scopes.POSTS),
    PROTESTERS(
            "protesters",
            Kind.FLOW,
            "men turning active in protest (Epstein's rule G - R P > T held when they looked at it); the men active"
                    + " on a day are state_active",
            Scopes.CITIZEN),
    PROTEST_ARRESTS(
            "protest_arrests",
            Kind.FLOW,
            "active men arrested by the police, A (1 - exp(-c C / A)) in real persons per region and day",
            Scopes.CITIZEN),
    PROTEST_SUMMONSES(
            "protest_summonses",
            Kind.FLOW,
            "arrested protesters served a summons at the police station (the share detaineeSummonsShare of those"
                    + " arrested who held none); not counted in summons_delivered",
            Scopes.CITIZEN),
    OFFICE_ATTACKS(
            "office_attacks",
            Kind.FLOW,
            "attacks on commissariats and administrative offices (count of attacks, a Poisson count among the men"
                    + " whose grievance is above the attack threshold)",
            Scopes.CITIZEN),
    MISTAKEN_DRAFTS_RETURNED(
            "mistaken_drafts_returned", Kind.FLOW, "men drafted by mistake and sent home", Scopes.CITIZEN),
    /**
     * Deferrals as reported statistics count them: granted after an application, on an employer's list (IT, finance,
     * telecoms, state media; a man applies in proportion to his targeting weight) or on presenting grounds when
     * summoned or detained (students, deferred by decree, and the unfit and fathers of large families apply only
     * then). Plausibility (docs/ODD.md, 7.7): the listed occupations hold about 1.4 million of the 25 million, of whom
     * about 0.5 million are reservists within the age caps; the count should be some hundreds of thousands over the
     * autumn and at most those 1.4 million plus the summoned men with grounds. The default scenario gives about
     * 214,000 from 14 Sep to 30 Nov 2022.
     */
    DEFERRALS_GRANTED(
            "deferrals_granted",
            Kind.FLOW,
            "deferrals granted after an application (on an employer's list, or on presenting grounds when summoned or detained)",
            Scopes.CITIZEN),
    SUMMONS_LAPSED(
            "summons_lapsed",
            Kind.FLOW,
            "summonses void because the holder's region closed its call-up (its quota met, or the call-up declared complete) before he reported",
            Scopes.CITIZEN),
    ESCAPES("escapes", Kind.FLOW, "mobilized men escaping before deployment", Scopes.CITIZEN),
    // the call-up: conscripts apart from the mobilized, service history, deployments, mistakes by kind
    CONSCRIPTED(
            "conscripted",
            Kind.FLOW,
            "men called up in the regular conscription (reported or caught, and processed)",
            Scopes.CITIZEN),
    MOBILIZED_WITHOUT_SERVICE(
            "mobilized_without_service",
            Kind.FLOW,
            "men mobilized who had never served in the army (part of mobilized)",
            Scopes.CITIZEN),
    DEPLOYMENTS("deployments", Kind.FLOW, "mobilized men sent to the combat zone after training", Scopes.CITIZEN),
    MISTAKEN_RETURNED_UNFIT(
            "mistaken_returned_unfit",
            Kind.FLOW,
            "men drafted by mistake and sent home: medically unfit (part of mistaken_drafts_returned)",
            Scopes.CITIZEN),
    MISTAKEN_RETURNED_OVER_AGE(
            "mistaken_returned_over_age",
            Kind.FLOW,
            "men drafted by mistake and sent home: above the age caps (part of mistaken_drafts_returned)",
            Scopes.CITIZEN),
    MISTAKEN_RETURNED_FAMILY(
            "mistaken_returned_family",
            Kind.FLOW,
            "men drafted by mistake and sent home: fathers of large families and carers (part of mistaken_drafts_returned)",
            Scopes.CITIZEN),
    MISTAKEN_RETURNED_OCCUPATION(
            "mistaken_returned_occupation",
            Kind.FLOW,
            "men drafted by mistake and sent home: exempt occupations (IT, finance, telecoms, state media; part of mistaken_drafts_returned)",
            Scopes.CITIZEN),
    MISTAKEN_RETURNED_STUDENT(
            "mistaken_returned_student",
            Kind.FLOW,
            "men drafted by mistake and sent home: full-time students (part of mistaken_drafts_returned)",
            Scopes.CITIZEN),
    STATE_NORMAL(CitizenState.NORMAL),
    STATE_NOTIFIED(CitizenState.NOTIFIED),
    STATE_HIDING(CitizenState.HIDING),
    STATE_TRAVELLING(CitizenState.TRAVELLING),
    STATE_QUEUEING(CitizenState.QUEUEING),
    STATE_ABROAD(CitizenState.ABROAD),
    STATE_MOBILIZED(CitizenState.MOBILIZED),
    STATE_DEPLOYED(CitizenState.DEPLOYED),
    STATE_DEFERRED(CitizenState.DEFERRED),
    STATE_DETAINED(CitizenState.DETAINED),
    STATE_ARRESTED(CitizenState.ARRESTED),
    STATE_RETURNED(CitizenState.RETURNED),
    STATE_CONSCRIPTED(CitizenState.CONSCRIPTED),
    STATE_ACTIVE(CitizenState.ACTIVE);

    /** Flow (during the day), stock (end-of-day count) or level (end-of-day value). */
    public enum Kind {
        FLOW,
        STOCK,
        LEVEL
    }

    private static final class Scopes {
        static final Set<ScopeKind> CITIZEN = EnumSet.of(ScopeKind.ALL, ScopeKind.REGION);
        static final Set<ScopeKind> EVERY = EnumSet.allOf(ScopeKind.class);
        static final Set<ScopeKind> BORDER = EnumSet.of(ScopeKind.ALL, ScopeKind.COUNTRY, ScopeKind.POST);
        static final Set<ScopeKind> POSTS = EnumSet.of(ScopeKind.ALL, ScopeKind.POST);
        static final Set<ScopeKind> CITIZEN_AND_COUNTRY =
                EnumSet.of(ScopeKind.ALL, ScopeKind.REGION, ScopeKind.COUNTRY);
    }

    private final String key;
    private final Kind kind;
    private final String description;
    private final Set<ScopeKind> scopes;
    private final CitizenState state;
    private final Channel channel;

    Metric(String key, Kind kind, String description, Set<ScopeKind> scopes) {
        this.key = key;
        this.kind = kind;
        this.description = description;
        this.scopes = scopes;
        this.state = null;
        this.channel = null;
    }

    Metric(Channel c, String description, Set<ScopeKind> scopes) {
        this.key = "summons_delivered_" + c.key();
        this.kind = Kind.FLOW;
        this.description = description;
        this.scopes = scopes;
        this.state = null;
        this.channel = c;
    }

    Metric(CitizenState s) {
        this.key = "state_" + s.key();
        this.kind = Kind.STOCK;
        this.description = "men " + s.label();
        this.scopes = s == CitizenState.ABROAD
                ? Scopes.CITIZEN_AND_COUNTRY
                : s == CitizenState.QUEUEING || s == CitizenState.TRAVELLING ? Scopes.EVERY : Scopes.CITIZEN;
        this.state = s;
        this.channel = null;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public boolean appliesTo(ScopeKind k) {
        return scopes.contains(k);
    }

    /** The state this metric counts, or null. */
    public CitizenState state() {
        return state;
    }

    /** The stock of men in state s ({@code state_<key>}). */
    public static Metric of(CitizenState s) {
        return BY_STATE.get(s);
    }

    /** The flow of summons delivered by channel c ({@code summons_delivered_<key>}). */
    public static Metric of(Channel c) {
        return BY_CHANNEL.get(c);
    }

    private static final Map<String, Metric> BY_KEY = new HashMap<>();
    private static final Map<CitizenState, Metric> BY_STATE = new EnumMap<>(CitizenState.class);
    private static final Map<Channel, Metric> BY_CHANNEL = new EnumMap<>(Channel.class);

    static {
        for (Metric m : values()) {
            BY_KEY.put(m.key, m);
            if (m.state != null) {
                BY_STATE.put(m.state, m);
            }
            if (m.channel != null) {
                BY_CHANNEL.put(m.channel, m);
            }
        }
        for (CitizenState s : CitizenState.values()) {
            if (!BY_STATE.containsKey(s)) {
                throw new ExceptionInInitializerError("no stock metric for state " + s);
            }
        }
        for (Channel c : Channel.values()) {
            if (!BY_CHANNEL.containsKey(c)) {
                throw new ExceptionInInitializerError("no delivery metric for channel " + c);
            }
        }
    }

    /** The metric with this name, or null. */
    public static Metric byKey(String key) {
        return key == null ? null : BY_KEY.get(key.toLowerCase(Locale.ROOT));
    }
}
