package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class RebuildOptionsTest {

    private static final List<String> EVERY = List.of("inventory-view", "order-search", "order-view", "refund-view");

    @Test
    @DisplayName("AUD-3: 'rebuild --projection=a,b' names the projections to rebuild; 'all' means every one")
    void namesTheProjections() {
        assertThat(options("rebuild", "--projection=order-view, refund-view").expand(EVERY))
                .containsExactly("order-view", "refund-view");
        assertThat(options("rebuild", "--projection=order-view", "--projection=order-search").expand(EVERY))
                .containsExactly("order-view", "order-search");
        assertThat(options("--server.port=0", "rebuild", "--projection=all").expand(EVERY)).isEqualTo(EVERY);
    }

    @Test
    @DisplayName("Without the rebuild command the application serves as usual; rebuild without a projection is a usage error")
    void onlyTheRebuildCommand() {
        assertThat(RebuildOptions.from(new DefaultApplicationArguments("--server.port=8080"))).isEmpty();
        assertThat(RebuildOptions.from(new DefaultApplicationArguments("benchmark", "--projection=order-view"))).isEmpty();
        assertThatThrownBy(() -> RebuildOptions.from(new DefaultApplicationArguments("rebuild")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--projection=");
    }

    private static RebuildOptions options(String... args) {
        return RebuildOptions.from(new DefaultApplicationArguments(args)).orElseThrow();
    }
}
