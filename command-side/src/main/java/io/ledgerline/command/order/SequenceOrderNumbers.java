package io.ledgerline.command.order;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ORD-2 order numbers such as {@code SO-20261123-000042}: the UTC placement date, then a PostgreSQL
 * sequence value. The sequence is shared by every node, so numbers never collide; they sort by date and
 * then by allocation order.
 */
@Component
class SequenceOrderNumbers implements OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    SequenceOrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(Instant placedAt) {
        long value = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
        return format(placedAt, value);
    }

    static String format(Instant placedAt, long value) {
        return "SO-%s-%06d".formatted(DAY.format(placedAt), value);
    }
}
