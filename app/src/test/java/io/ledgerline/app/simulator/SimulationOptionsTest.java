package io.ledgerline.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The {@code simulate} command line. A usage error is an {@link IllegalArgumentException} naming the option, which
 * the jar reports with exit code 2 before anything starts ({@code JarCommandLine}, {@code PackagedJarIT}).
 */
class SimulationOptionsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("'simulate --days=3 --orders-per-day=4 --seed=5' asks for three days ending now; other command lines serve")
    void readsTheCommandLine() {
        SimulationOptions options = SimulationOptions.from(new DefaultApplicationArguments(
                "simulate", "--days=3", "--orders-per-day=4", "--seed=5", "--server.port=0"), NOW).orElseThrow();

        assertThat(options).isEqualTo(new SimulationOptions(3, 4, 5, NOW.instant()));
        assertThat(options.from()).isEqualTo(Instant.parse("2025-06-27T00:00:00Z"));
        assertThat(SimulationOptions.from(new DefaultApplicationArguments("--server.port=8080"), NOW)).isEmpty();
        assertThat(SimulationOptions.from(new DefaultApplicationArguments("rebuild", "--days=3"), NOW)).isEmpty();
    }

    @Test
    @DisplayName("A usage error names the option: --days=0, --orders-per-day=0, --seed=x, --until=yesterday")
    void usageErrorsNameTheOption() {
        assertThatThrownBy(() -> simulate("--days=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--days must be between 1 and");
        assertThatThrownBy(() -> simulate("--orders-per-day=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--orders-per-day must be between 1 and");
        assertThatThrownBy(() -> simulate("--seed=x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--seed must be a whole number");
        assertThatThrownBy(() -> simulate("--until=yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--until must be an ISO date");
    }

    private static void simulate(String option) {
        SimulationOptions.from(new DefaultApplicationArguments("simulate", option), NOW);
    }
}
