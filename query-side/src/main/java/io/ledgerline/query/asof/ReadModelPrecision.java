package io.ledgerline.query.asof;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the read models hold them: events carry nanoseconds, PostgreSQL {@code timestamp} columns keep
 * microseconds (the JDBC driver rounds half up). An as-of order rounds its instants the same way, so it reads
 * exactly as {@code order(id)} read at that instant.
 */
final class ReadModelPrecision {

    private ReadModelPrecision() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
