package io.ledgerline.app.benchmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latency percentiles, exact: the samples (one per order, at most a few hundred thousand) are sorted and
 * read by nearest rank. HdrHistogram is not used because it reaches the app only as a runtime dependency
 * of Micrometer, not on the compile class path.
 */
record LatencyStats(int count, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos) {

    static LatencyStats of(long[] latencyNanos) {
        if (latencyNanos.length == 0) {
            throw new IllegalArgumentException("no latencies recorded");
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** Nearest rank: the smallest sample that at least {@code percent} % of the samples do not exceed. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    String describe() {
        return String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, max %s", ms(p50Nanos), ms(p90Nanos), ms(p99Nanos),
                ms(maxNanos));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
