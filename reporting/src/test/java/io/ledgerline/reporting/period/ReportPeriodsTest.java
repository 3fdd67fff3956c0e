package io.ledgerline.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.reporting.ReportingClock;
import io.ledgerline.reporting.ReportingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ReportPeriods periods = periods(SHANGHAI, Duration.ofDays(400));

    @Test
    @DisplayName("ANA-1: a period from one Shanghai midnight to another is the days between, the last one excluded")
    void wholeDays() {
        ReportPeriod period = periods.of(Instant.parse("2031-03-13T16:00:00Z"), Instant.parse("2031-03-15T16:00:00Z"));

        assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2031, 3, 14), LocalDate.of(2031, 3, 16)));
        assertThat(period.days()).isEqualTo(2);
    }

    @Test
    @DisplayName("a period that does not start at the start of a reporting day is refused naming period.from and the zone")
    void misalignedStart() {
        assertThatThrownBy(() -> periods.of(Instant.parse("2031-03-14T00:00:00Z"), Instant.parse("2031-03-15T16:00:00Z")))
                .isInstanceOfSatisfying(ReportArgumentException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_PERIOD");
                    assertThat(e.field()).containsExactly("period", "from");
                    assertThat(e.getMessage()).contains("Asia/Shanghai").contains("2031-03-13T16:00:00Z");
                });
    }

    @Test
    @DisplayName("a period that ends before it starts, or is empty, is refused naming period.to")
    void endBeforeStart() {
        Instant day = Instant.parse("2031-03-13T16:00:00Z");
        assertThatThrownBy(() -> periods.of(day, day)).isInstanceOfSatisfying(ReportArgumentException.class,
                e -> assertThat(e.field()).containsExactly("period", "to"));
        assertThatThrownBy(() -> periods.of(day, day.minus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(ReportArgumentException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PERIOD"));
    }

    @Test
    @DisplayName("a period over the configured maximum is refused as PERIOD_TOO_LONG naming period; the maximum itself is served")
    void tooLong() {
        Instant from = Instant.parse("2030-01-01T16:00:00Z");

        assertThat(periods.of(from, from.plus(Duration.ofDays(400))).days()).isEqualTo(400);
        assertThatThrownBy(() -> periods.of(from, from.plus(Duration.ofDays(401))))
                .isInstanceOfSatisfying(ReportArgumentException.class, e -> {
                    assertThat(e.code()).isEqualTo("PERIOD_TOO_LONG");
                    assertThat(e.field()).containsExactly("period");
                    assertThat(e.getMessage()).contains("401 days").contains("at most 400 days");
                });
    }

    @Test
    @DisplayName("in a zone with daylight saving, a day starts at its local midnight whatever its length")
    void daylightSaving() {
        ReportPeriods berlin = periods(ZoneId.of("Europe/Berlin"), Duration.ofDays(400));

        ReportPeriod period = berlin.of(Instant.parse("2031-03-29T23:00:00Z"), Instant.parse("2031-03-30T22:00:00Z"));

        assertThat(period).isEqualTo(ReportPeriod.day(LocalDate.of(2031, 3, 30)));
    }

    private static ReportPeriods periods(ZoneId zone, Duration max) {
        return new ReportPeriods(new ReportingClock(Clock.system(ZoneOffset.UTC), zone),
                new ReportingProperties(zone, max, Duration.ofSeconds(5), 1000));
    }
}
