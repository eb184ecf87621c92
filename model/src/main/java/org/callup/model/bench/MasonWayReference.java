package org.callup.model.bench;

import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The usual MASON way, for comparison: one {@link Steppable} object per citizen, all in a {@link RandomSequence}
 * (shuffled every day) stepped by the schedule, each making a simplified version of the daily decision (consider
 * with a probability that rises with alarm; if so, a four-way logit among staying, hiding, fleeing and protesting
 * from his attitude and risk aversion). It uses MASON's own random generator, as MASON models do.
 */
public final class MasonWayReference extends SimState {
    private static final long serialVersionUID = 1L;

    private final int citizens;
    private double alarm = 1.0;

    public MasonWayReference(long seed, int citizens) {
        super(seed);
        this.citizens = citizens;
    }

    /** One citizen as an object, the usual way. */
    static final class Citizen implements Steppable {
        private static final long serialVersionUID = 1L;
        byte state;
        final float antiWar;
        final float riskAversion;
        final byte region;

        Citizen(float antiWar, float riskAversion, byte region) {
            this.antiWar = antiWar;
            this.riskAversion = riskAversion;
            this.region = region;
        }

        @Override
        public void step(SimState s) {
            MasonWayReference m = (MasonWayReference) s;
            if (state != 0 || m.random.nextDouble() >= 0.01 * m.alarm) {
                return;
            }
            double stay = -4 * riskAversion;
            double hide = -6 + 3 * antiWar;
            double flee = -4 + 3 * antiWar;
            double protest = -1.5 + 4 * (antiWar * 0.4 - riskAversion - 0.1);
            double e0 = Math.exp(stay);
            double e1 = Math.exp(hide);
            double e2 = Math.exp(flee);
            double e3 = Math.exp(protest);
            double x = m.random.nextDouble() * (e0 + e1 + e2 + e3);
            state = (byte) (x < e0 ? 0 : x < e0 + e1 ? 1 : x < e0 + e1 + e2 ? 2 : 0);
        }
    }

    @Override
    public void start() {
        super.start();
        Steppable[] agents = new Steppable[citizens];
        for (int i = 0; i < citizens; i++) {
            agents[i] = new Citizen(random.nextFloat(), random.nextFloat(), (byte) random.nextInt(24));
        }
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new RandomSequence(agents), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, s -> alarm *= 0.933, 1.0);
    }

    /** Seconds for {@code days} days, after building the agents. */
    public static double run(long seed, int citizens, int days) {
        MasonWayReference m = new MasonWayReference(seed, citizens);
        m.start();
        long t0 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
        long t1 = System.nanoTime();
        m.finish();
        return (t1 - t0) / 1e9;
    }
}
