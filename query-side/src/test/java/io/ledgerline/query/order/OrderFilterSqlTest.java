package io.ledgerline.query.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderFilterSqlTest {

    @Test
    @DisplayName("No filter matches every order")
    void noFilter() {
        assertThat(OrderFilterSql.of(OrderFilter.none()).where()).isEqualTo("true");
        assertThat(OrderFilterSql.of(null).params()).isEmpty();
    }

    @Test
    @DisplayName("Every given filter field becomes one condition with its value as a parameter, never in the SQL")
    void everyFieldIsAParameter() {
        OrderFilter filter = new OrderFilter(List.of(OrderStatus.PAID, OrderStatus.SHIPPED), List.of(Channel.WEB),
                "c'; drop table order_view; --", "Zhejiang", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), new BigDecimal("10.00"), new BigDecimal("99.99"));

        OrderFilterSql sql = OrderFilterSql.of(filter);

        assertThat(sql.where()).isEqualTo("status in (:statuses) and channel in (:channels) and customer_id = :customerId"
                + " and province = :province and placed_at >= :placedFrom and placed_at < :placedTo"
                + " and total >= :minTotal and total <= :maxTotal");
        assertThat(sql.params()).containsEntry("statuses", List.of("PAID", "SHIPPED"))
                .containsEntry("channels", List.of("WEB")).containsEntry("customerId", "c'; drop table order_view; --")
                .hasSize(8);
    }
}
