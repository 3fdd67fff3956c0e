package io.ledgerline.reporting.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Whole reporting days from {@code firstDay} up to, not including, {@code endDay}. */
public record ReportPeriod(LocalDate firstDay, LocalDate endDay) {

    public ReportPeriod {
        if (!firstDay.isBefore(endDay)) {
            throw new IllegalArgumentException("a period ends after it starts: " + firstDay + " .. " + endDay);
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(day, day.plusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDay, endDay);
    }
}
