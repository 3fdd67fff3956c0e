package io.ledgerline.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The reporting day: a calendar date in the reporting zone ({@code ledgerline.reporting.zone}, D41), and the instant
 * it starts. Every rollup is kept per such day.
 */
public final class ReportingClock {

    private final Clock clock;
    private final ZoneId zone;

    public ReportingClock(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The reporting day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The instant a reporting day starts (its first moment in the zone, which is midnight except across some DST changes). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
