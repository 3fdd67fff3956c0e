package io.ledgerline.app.projections;

import io.ledgerline.api.order.PaymentRecordedEvent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handler of the real order-view projection that fails on the payments of the orders a test poisons: it first
 * changes the order's row (a partial write that must not survive) and then runs SQL that PostgreSQL refuses,
 * as a real bug would. For every other order it does nothing.
 */
@ProcessingGroup("order-view")
public class PoisonedOrders {

    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();
    private final JdbcClient jdbc;

    PoisonedOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void poison(String orderId) {
        poisoned.add(orderId);
    }

    public void cure(String orderId) {
        poisoned.remove(orderId);
    }

    @EventHandler
    void on(PaymentRecordedEvent event) {
        if (poisoned.contains(event.orderId())) {
            jdbc.sql("update order_view set amount_paid = amount_paid + 1000 where order_id = ?").param(event.orderId()).update();
            jdbc.sql("select 1 / 0").query(Integer.class).single();
        }
    }
}
