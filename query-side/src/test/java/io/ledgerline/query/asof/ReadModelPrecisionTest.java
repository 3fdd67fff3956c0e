package io.ledgerline.query.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadModelPrecisionTest {

    @Test
    @DisplayName("AUD-4: event instants are rounded half up to the microsecond, as the JDBC driver stores them in the read models")
    void roundsLikeTheReadModel() {
        assertThat(ReadModelPrecision.of(Instant.parse("2026-11-23T09:30:00.123456499Z"))).isEqualTo("2026-11-23T09:30:00.123456Z");
        assertThat(ReadModelPrecision.of(Instant.parse("2026-11-23T09:30:00.123456500Z"))).isEqualTo("2026-11-23T09:30:00.123457Z");
        assertThat(ReadModelPrecision.of(Instant.parse("2026-11-23T09:30:59.999999500Z"))).isEqualTo("2026-11-23T09:31:00Z");
        assertThat(ReadModelPrecision.of(Instant.parse("2026-11-23T09:30:00.123Z"))).isEqualTo("2026-11-23T09:30:00.123Z");
        assertThat(ReadModelPrecision.of(null)).isNull();
    }
}
