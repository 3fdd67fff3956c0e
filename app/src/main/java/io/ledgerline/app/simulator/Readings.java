package io.ledgerline.app.simulator;

import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.api.refund.RefundView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * What simulated staff look up, through the real query path (the read models), as people at their
 * screens do: an order's status, the refunds of an order, a sku's stock. Read models trail the event store
 * by a moment, so lookups that must see a saga's effect wait for it a while.
 */
final class Readings {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(30);

    private final QueryGateway queries;

    Readings(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<OrderStatus> orderStatus(String orderId) {
        return queries.query(FindOrderQuery.byId(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)).join()
                .map(OrderView::status);
    }

    /** The order's status once {@code settled} holds for it, or its last status seen when the wait ran out. */
    Optional<OrderStatus> orderStatusOnce(String orderId, Predicate<OrderStatus> settled) {
        return waitFor(() -> orderStatus(orderId), status -> status.isPresent() && settled.test(status.get()));
    }

    /** The order's refunds once {@code present} holds for them, or the last ones seen when the wait ran out. */
    List<RefundView> refundsOnce(String orderId, Predicate<List<RefundView>> present) {
        return waitFor(() -> queries.query(new FindRefundsOfOrdersQuery(List.of(orderId)),
                ResponseTypes.multipleInstancesOf(RefundView.class)).join(), present);
    }

    Optional<InventoryItemView> stock(String sku) {
        return queries.query(new FindInventoryItemQuery(sku), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join();
    }

    private static <T> T waitFor(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Actions.pause(20);
            value = read.get();
        }
        return value;
    }
}
