package io.ledgerline.app.simulator.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time as the work in hand should see it: its simulated instant when it is simulated work (see
 * {@link SimulatedTime}), the base clock's otherwise. Command handlers get this clock, and Axon stamps
 * events with one (see {@link SimulatedTimeConfiguration}).
 */
public final class SimulationAwareClock extends Clock {

    private final Clock base;
    private final SimulatedTime time;

    public SimulationAwareClock(Clock base, SimulatedTime time) {
        this.base = base;
        this.time = time;
    }

    @Override
    public Instant instant() {
        return time.now().orElseGet(base::instant);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulationAwareClock(base.withZone(zone), time);
    }
}
