package io.ledgerline.app.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;

/**
 * What {@code java -jar ledgerline-app.jar simulate --days=365 --orders-per-day=40 --seed=42 --until=2025-06-30}
 * asks for: how many days of history, ending when ({@code until}: an ISO date, meaning the end of that UTC day,
 * or an ISO instant; the current time by default), how many orders on an ordinary day (weekends and shopping
 * festivals bring more), and the seed that makes a run repeatable.
 */
public record SimulationOptions(int days, int ordersPerDay, long seed, Instant until) {

    public static final String COMMAND = "simulate";
    private static final int MAX_DAYS = 3660;
    private static final int MAX_ORDERS_PER_DAY = 100_000;

    public SimulationOptions {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        if (ordersPerDay < 1 || ordersPerDay > MAX_ORDERS_PER_DAY) {
            throw new IllegalArgumentException("--orders-per-day must be between 1 and " + MAX_ORDERS_PER_DAY
                    + ", got " + ordersPerDay);
        }
        until = until.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The first simulated instant: midnight (UTC) {@code days} days before {@code until}. */
    public Instant from() {
        return until.minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    }

    public static Optional<SimulationOptions> from(ApplicationArguments args, Clock clock) {
        List<String> commands = args.getNonOptionArgs();
        if (commands.isEmpty() || !COMMAND.equals(commands.getFirst())) {
            return Optional.empty();
        }
        return Optional.of(new SimulationOptions(intOption(args, "days", 30), intOption(args, "orders-per-day", 40),
                longOption(args, "seed", 42), until(option(args, "until"), clock)));
    }

    private static Instant until(String value, Clock clock) {
        if (value == null) {
            return clock.instant();
        }
        try {
            return value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--until must be an ISO date (2025-06-30) or instant "
                    + "(2025-06-30T12:00:00Z), got " + value, e);
        }
    }

    private static int intOption(ApplicationArguments args, String name, int defaultValue) {
        long value = longOption(args, name, defaultValue);
        if (value != (int) value) {
            throw new IllegalArgumentException("--" + name + " is too large: " + value);
        }
        return (int) value;
    }

    private static long longOption(ApplicationArguments args, String name, long defaultValue) {
        String value = option(args, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value, e);
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getLast();
    }
}
