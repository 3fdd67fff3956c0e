package io.ledgerline.app.benchmark;

import io.ledgerline.app.projections.RebuildOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the benchmark prints: each figure, and the end-to-end rate as a ratio of the raw PostgreSQL rate. */
record BenchmarkReport(BenchmarkOptions options, String postgres, EndToEnd endToEnd, Optional<GraphQl> graphQl,
                       Optional<Rebuilds> rebuilds, long peakResidentBytes) {

    /**
     * Phase 1 and 2: {@code placed} timed each placement, {@code took} from the first placement until the last
     * order was reserved, confirmed and visible; {@code raw} the baseline of {@code rawEventsPerOrder} events a
     * transaction.
     */
    record EndToEnd(LoadDriver.Run placed, Duration took, int rejected, long events, double axonEventBytes,
                    LoadDriver.Run raw, int rawEventsPerOrder, double rawEventBytes) {

        double ordersPerSecond() {
            return placed.orders() / (took.toNanos() / 1e9);
        }

        double rawOrdersPerSecond() {
            return raw.perSecond(raw.orders());
        }

        double ratio() {
            return ordersPerSecond() / rawOrdersPerSecond();
        }
    }

    /** Phase 3: placeOrder over GraphQL at {@code rate}, and every processor's lag samples meanwhile. */
    record GraphQl(double rate, GraphQlLoad.Result result, Map<String, long[]> lagNanos) {
    }

    /** Phase 4: the order read model and the search index rebuilt; {@code documents} orders in the index. */
    record Rebuilds(RebuildOutcome orderView, RebuildOutcome search, long documents) {
    }

    boolean failed() {
        return endToEnd.rejected() > 0 || graphQl.map(g -> g.result().failed() > 0).orElse(false)
                || rebuilds.map(r -> !r.orderView().completed() || !r.search().completed()).orElse(false);
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        EndToEnd e = endToEnd;
        lines.add(format("Ledgerline benchmark: %d orders, %d clients%s, PostgreSQL %s, %d cores",
                options.orders(), options.clients(),
                options.hotSkus() == 0 ? "" : format(", %d hot skus taking %.0f %% of the lines", options.hotSkus(),
                        options.hotShare() * 100),
                postgres, Runtime.getRuntime().availableProcessors()));
        lines.add(format("  end to end   : %d orders in %.1f s = %.0f orders/s placed, reserved, confirmed and visible in"
                        + " the order view and the search index (%d rejected); %d events, %.2f an order",
                e.placed().orders(), e.took().toMillis() / 1000.0, e.ordersPerSecond(), e.rejected(), e.events(),
                (double) e.events() / e.placed().orders()));
        lines.add(format("  placement    : command path answered the last order at %.1f s; latency %s",
                e.placed().seconds(), LatencyStats.of(e.placed().latencyNanos()).describe()));
        double[] tenths = e.placed().tenths();
        lines.add(format("  tenths       : placements/s %s; last tenth / first tenth = %.2f",
                Arrays.stream(tenths).mapToObj(rate -> format("%.0f", rate)).collect(Collectors.joining(" ")),
                tenths[9] / tenths[0]));
        lines.add(format("  raw JDBC     : %d orders in %.1f s = %.0f orders/s (one transaction per order's %d events);"
                        + " latency %s", e.raw().orders(), e.raw().seconds(), e.rawOrdersPerSecond(),
                e.rawEventsPerOrder(), LatencyStats.of(e.raw().latencyNanos()).describe()));
        lines.add(format("  event rows   : %.0f B payload+metadata on average via Axon, %.0f B in the raw baseline",
                e.axonEventBytes(), e.rawEventBytes()));
        lines.add(format("  ratio        : end to end = %.3f of the raw PostgreSQL rate", e.ratio()));
        graphQl.ifPresent(g -> {
            GraphQlLoad.Result r = g.result();
            lines.add(format("  GraphQL      : placeOrder at %.0f orders/s (%s): %d sent, %d failed%s;"
                            + " latency %s", g.rate(), options.graphqlRate() > 0 ? "--graphql-rate" : "half the end-to-end rate",
                    r.sent(), r.failed(),
                    r.firstFailure() == null ? "" : " (first: " + abbreviate(r.firstFailure()) + ")",
                    LatencyStats.of(r.latencyNanos()).describe()));
            LagSampler.worst(g.lagNanos(), 99).ifPresent(worst -> lines.add(format(
                    "  lag          : at that rate, worst p99 %s (%s); p50/p99 per processor: %s",
                    LatencyStats.ms(LagSampler.percentileOf(g.lagNanos().get(worst), 99)), worst,
                    g.lagNanos().entrySet().stream().map(entry -> format("%s %.0f/%.0f ms", entry.getKey(),
                                    LagSampler.percentileOf(entry.getValue(), 50) / 1e6,
                                    LagSampler.percentileOf(entry.getValue(), 99) / 1e6))
                            .collect(Collectors.joining(", ")))));
        });
        rebuilds.ifPresent(r -> lines.add(format("  rebuild      : order-view %s; order-search %s",
                rate(r.orderView(), r.orderView().events(), "events"), rate(r.search(), r.documents(), "documents"))));
        lines.add(peakResidentBytes < 0 ? "  memory       : peak RSS unknown (no /proc)"
                : format("  memory       : JVM peak RSS %d MiB (the embedded servers not counted)",
                        peakResidentBytes / (1024 * 1024)));
        return String.join(System.lineSeparator(), lines);
    }

    private static String rate(RebuildOutcome outcome, long count, String unit) {
        if (!outcome.completed()) {
            return outcome.describe();
        }
        double seconds = Math.max(outcome.took().toMillis(), 1) / 1000.0;
        return format("%.0f %s/s (%d %s in %.1f s)", count / seconds, unit, count, unit, seconds);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
