package org.callup.model.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The parameters of each summons channel ({@link Channel}), one component per channel, named by its key and in the
 * order of the constants: address, workplace, raids, facial recognition, electronic, border. {@link #get} and
 * {@link #with} find a channel's component by that name (checked once, when the class is loaded).
 */
public record Channels(
        @Param(doc = "Summons to the registered address (seeds 002, 003)")
        ChannelParams address,

        @Param(doc = "Summons handed over by employers, who are fined otherwise (seed 003)")
        ChannelParams workplace,

        @Param(doc = "Street and venue raids: metro, clubs, hostels, cafes (seed 002)")
        ChannelParams raid,

        @Param(doc = "Facial recognition on CCTV (seeds 002, 003)")
        ChannelParams facial,

        @Param(doc = "Electronic summons by text, with a travel ban for ignoring it (seed 002, from 2023-24)")
        ChannelParams electronic,

        @Param(doc = "Summons served to men queueing at border posts that serve them (timeline 2022-09-27)")
        ChannelParams border) {

    public Channels {
        Check.notNull("address", address);
        Check.notNull("workplace", workplace);
        Check.notNull("raid", raid);
        Check.notNull("facial", facial);
        Check.notNull("electronic", electronic);
        Check.notNull("border", border);
    }

    /** Each channel's accessor, by the channel's ordinal: that of the component named like the channel's key. */
    private static final Method[] ACCESSOR = accessors();

    private static final Constructor<Channels> CANONICAL = canonical();

    /** The parameters of channel c. */
    public ChannelParams get(Channel c) {
        try {
            return (ChannelParams) ACCESSOR[c.ordinal()].invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read channel " + c.key(), e);
        }
    }

    /** A copy with the parameters of channel c replaced by p. */
    public Channels with(Channel c, ChannelParams p) {
        Object[] args = new Object[ACCESSOR.length];
        for (Channel k : Channel.values()) {
            args[k.ordinal()] = k == c ? p : get(k);
        }
        try {
            return CANONICAL.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The components in the order of {@link Channel}'s constants, checking that they match one to one: a channel is
     * added by its constant in {@link Channel} and a component of the same name here, in the same position.
     */
    private static Method[] accessors() {
        RecordComponent[] rc = Channels.class.getRecordComponents();
        Channel[] channels = Channel.values();
        if (rc.length != channels.length) {
            throw new ExceptionInInitializerError(
                    "Channels has " + rc.length + " components for " + channels.length + " channels");
        }
        for (Channel c : channels) {
            if (!rc[c.ordinal()].getName().equals(c.key())) {
                throw new ExceptionInInitializerError("Channels' component " + c.ordinal() + " is '"
                        + rc[c.ordinal()].getName() + "', not channel " + c + "'s key '" + c.key() + "'");
            }
        }
        return Arrays.stream(rc).map(RecordComponent::getAccessor).toArray(Method[]::new);
    }

    private static Constructor<Channels> canonical() {
        Class<?>[] types = new Class<?>[ACCESSOR.length];
        Arrays.fill(types, ChannelParams.class);
        try {
            return Channels.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
