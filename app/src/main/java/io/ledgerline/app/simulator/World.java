package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Money;
import io.ledgerline.app.simulator.time.SimulatedTime;
import io.ledgerline.command.order.OrderSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Everything a simulated story acts in: the agenda and simulated time, the staff's commands, the read
 * models they look at, the catalogue, the rules' settings and the tally. One per simulation run; shared by
 * the chains that run in parallel, so everything here is safe to use from several threads.
 */
final class World {

    final Agenda agenda;
    final SimulatedTime time;
    final Staff staff;
    final Actions actions;
    final Readings readings;
    final Catalogue catalogue;
    final SimulationStats stats;
    final OrderSettings settings;

    World(Agenda agenda, SimulatedTime time, Staff staff, Actions actions, Readings readings, Catalogue catalogue,
          SimulationStats stats, OrderSettings settings) {
        this.agenda = agenda;
        this.time = time;
        this.staff = staff;
        this.actions = actions;
        this.readings = readings;
        this.catalogue = catalogue;
        this.stats = stats;
        this.settings = settings;
    }

    /** The simulated instant of the step in hand. */
    Instant now() {
        return time.now().orElseThrow(() -> new IllegalStateException("not in a simulated step"));
    }

    /** Puts {@code step} on the current chain, {@code delay} after the step in hand. */
    void after(Duration delay, Runnable step) {
        Chain.current().at(now().plus(delay), step);
    }

    /** ORD-7: a paid order above this total waits for a clerk's review. */
    Money reviewThreshold() {
        return Money.of(settings.reviewThreshold());
    }

    /** A duration between {@code from} and {@code to}, in whole minutes. */
    static Duration minutes(Random random, long from, long to) {
        return Duration.ofMinutes(from + random.nextLong(to - from + 1));
    }
}
