package io.ledgerline.app.projections;

import io.ledgerline.api.order.PaymentRecordedEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handler of the real order-view projection that, for the orders a test watches, locks a row without waiting
 * ({@code FOR UPDATE NOWAIT}) when their payment is handled: while a test holds that row lock, PostgreSQL refuses
 * with 55P03 (lock not available), a transient failure as a lock held by another node would cause. The row is the
 * order's first stored event, which no projection writes, so the real handlers never wait on the test's lock.
 */
@ProcessingGroup("order-view")
public class LockedOrders {

    /** The row the test locks, and the handler tries to. */
    public static final String LOCK = "select 1 from domainevententry where aggregateidentifier = ? and sequencenumber = 0 for update";

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    LockedOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void watch(String orderId) {
        failures.put(orderId, new AtomicInteger());
    }

    public void forget(String orderId) {
        failures.remove(orderId);
    }

    /** How many times the payment of a watched order failed on the lock. */
    public int failures(String orderId) {
        return failures.get(orderId).get();
    }

    @EventHandler
    void on(PaymentRecordedEvent event) {
        AtomicInteger count = failures.get(event.orderId());
        if (count == null) {
            return;
        }
        try {
            jdbc.sql(LOCK + " nowait").param(event.orderId()).query().listOfRows();
        } catch (RuntimeException e) {
            count.incrementAndGet();
            throw e;
        }
    }
}
