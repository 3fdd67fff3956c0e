package io.ledgerline.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesAreNearestRankOverUnsortedSamples() {
        long[] oneToHundredShuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();

        LatencyStats stats = LatencyStats.of(oneToHundredShuffled);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50Nanos()).isEqualTo(50);
        assertThat(stats.p90Nanos()).isEqualTo(90);
        assertThat(stats.p99Nanos()).isEqualTo(99);
        assertThat(stats.maxNanos()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundUpToARealSample() {
        LatencyStats stats = LatencyStats.of(new long[] {30, 10, 20});

        assertThat(stats.p50Nanos()).isEqualTo(20);
        assertThat(stats.p90Nanos()).isEqualTo(30);
        assertThat(LatencyStats.of(new long[] {7}).p99Nanos()).isEqualTo(7);
    }

    @Test
    void leavesTheCallersArrayAlone() {
        long[] samples = {3, 1, 2};
        LatencyStats.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void printsMilliseconds() {
        assertThat(LatencyStats.of(new long[] {20_100_000L}).describe())
                .isEqualTo("p50 20.1 ms, p90 20.1 ms, p99 20.1 ms, max 20.1 ms");
    }

    @Test
    void refusesAnEmptyRun() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
