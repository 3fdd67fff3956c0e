package io.ledgerline.app.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The final block the benchmark prints: the command path, the raw PostgreSQL rate, and their ratio. */
record BenchmarkReport(BenchmarkOptions options, String postgres,
                       LoadDriver.Run command, long events, double axonEventBytes, Optional<Duration> projectionLag,
                       LoadDriver.Run raw, int rawEventsPerOrder, double rawEventBytes) {

    double ratioPercent() {
        return 100.0 * command.perSecond(command.orders()) / raw.perSecond(raw.orders());
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(),
                format("Ledgerline benchmark: %d orders, %d clients, PostgreSQL %s",
                        options.orders(), options.clients(), postgres),
                format("  command path : %d orders in %.1f s = %.0f orders/s, %.0f events/s; latency %s",
                        command.orders(), command.seconds(), command.perSecond(command.orders()),
                        command.perSecond(events), LatencyStats.of(command.latencyNanos()).describe()),
                projectionLag.map(lag -> format("  projections  : caught up %.1f s after the last command",
                                lag.toMillis() / 1000.0))
                        .orElse("  projections  : NOT caught up within the wait after the last command"),
                format("  raw JDBC     : %d orders in %.1f s = %.0f orders/s (one transaction per order's %d event%s);"
                                + " latency %s", raw.orders(), raw.seconds(), raw.perSecond(raw.orders()),
                        rawEventsPerOrder, rawEventsPerOrder == 1 ? "" : "s",
                        LatencyStats.of(raw.latencyNanos()).describe()),
                format("  event rows   : %.0f B payload+metadata on average via Axon, %.0f B in the raw baseline",
                        axonEventBytes, rawEventBytes),
                format("  ratio        : %.1f %% of the raw PostgreSQL rate", ratioPercent()));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
