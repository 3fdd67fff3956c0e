package io.ledgerline.reporting.period;

import io.ledgerline.reporting.ReportingClock;
import io.ledgerline.reporting.ReportingProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a requested period (two instants, from inclusive, to exclusive) into whole reporting days, or refuses it
 * naming the argument to fix (D41): rollups are kept per day in the reporting zone, so a period must start and end
 * where reporting days do, and may cover at most {@code ledgerline.reporting.max-period}.
 */
@Component
public class ReportPeriods {

    private final ReportingClock clock;
    private final long maxDays;

    public ReportPeriods(ReportingClock clock, ReportingProperties properties) {
        this.clock = clock;
        this.maxDays = properties.maxPeriod().toDays();
    }

    /** The period of the {@code period} argument of a report query. */
    public ReportPeriod of(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new ReportArgumentException("INVALID_PERIOD", List.of("period"), "a period needs both from and to");
        }
        LocalDate first = startingDay(from, "from");
        LocalDate end = startingDay(to, "to");
        if (!first.isBefore(end)) {
            throw new ReportArgumentException("INVALID_PERIOD", List.of("period", "to"),
                    "period.to (" + to + ") must be after period.from (" + from + ")");
        }
        ReportPeriod period = new ReportPeriod(first, end);
        if (period.days() > maxDays) {
            throw new ReportArgumentException("PERIOD_TOO_LONG", List.of("period"), "period covers " + period.days()
                    + " days; a report covers at most " + maxDays + " days (ledgerline.reporting.max-period)");
        }
        return period;
    }

    public ReportPeriod today() {
        return ReportPeriod.day(clock.today());
    }

    private LocalDate startingDay(Instant instant, String bound) {
        LocalDate day = clock.dayOf(instant);
        if (!clock.startOf(day).equals(instant)) {
            throw new ReportArgumentException("INVALID_PERIOD", List.of("period", bound), "period." + bound + " (" + instant
                    + ") must be the start of a day in the reporting time zone " + clock.zone() + ", such as "
                    + clock.startOf(day) + " (" + day + ") or " + clock.startOf(day.plusDays(1)) + " (" + day.plusDays(1) + ")");
        }
        return day;
    }
}
