package io.ledgerline.command.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An order: decides every change to one order and records it as an event. State changes only in the
 * {@code @EventSourcingHandler}s, so replaying the events rebuilds exactly the same order.
 */
@Aggregate
class Order {

    @AggregateIdentifier
    private String orderId;
    private OrderStatus status;
    private Money total;

    Order() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /** ORD-1 place, ORD-2 number. */
    @CommandHandler
    Order(PlaceOrderCommand command, OrderNumbers orderNumbers, OrderLimits limits, Clock clock) {
        Instant placedAt = clock.instant();
        apply(new OrderPlacedEvent(command.orderId(), orderNumbers.next(placedAt), command.customerId(),
                command.channel(), command.paymentMethod(), command.deliveryMethod(), command.shippingAddress(),
                List.copyOf(command.lines()), totalOf(command.lines()), limits.maxModifications(), placedAt));
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        status = OrderStatus.PENDING_PAYMENT;
        total = event.total();
    }

    private static Money totalOf(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus)
                .orElseThrow(() -> new IllegalArgumentException("an order has at least one line"));
    }
}
