package io.ledgerline.reporting.sales;

import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.projection.EventPosition;
import io.ledgerline.reporting.ReportingClock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * The sales rollups (ANA-1..ANA-3) in PostgreSQL. For each event it claims the event's position on the order's fact
 * row (an event applied already changes nothing), computes the order's new facts, and adds the difference between
 * the order's {@link SalesContributions} after and before to the day rollups, all in the transaction that also
 * stores the processor's position. Every event of one order, its refunds' completions included, is handled in order in
 * one segment ({@link SalesSequencingPolicy}). A reset empties every table, so a replay rebuilds them exactly.
 */
@Component
@ProcessingGroup(SalesProjection.PROCESSING_GROUP)
class SalesProjection {

    static final String PROCESSING_GROUP = "reporting-sales";

    private final OrderSalesFacts orders;
    private final SalesRollupRows rollups;
    private final ReportingClock clock;
    private final SalesChanges changes;

    SalesProjection(OrderSalesFacts orders, SalesRollupRows rollups, ReportingClock clock, SalesChanges changes) {
        this.orders = orders;
        this.rollups = rollups;
        this.clock = clock;
        this.changes = changes;
    }

    /** An order placed adds nothing yet: only paid orders count (docs/metrics.md). */
    @EventHandler
    void on(OrderPlacedEvent event, @EventPosition long position) {
        orders.insert(new OrderSales(event.orderId(), event.channel().name(), event.shippingAddress().province(),
                OrderStatus.PENDING_PAYMENT.name(), lines(event.lines()), null, null, List.of()), position);
    }

    @EventHandler
    void on(OrderLinesModifiedEvent event, @EventPosition long position, ReplayStatus replay) {
        change(event.orderId(), position, replay, order -> order.withLines(lines(event.lines())));
    }

    @EventHandler
    void on(PaymentRecordedEvent event, @EventPosition long position, ReplayStatus replay) {
        change(event.orderId(), position, replay, order -> order.paid(event.paidAt(), event.amount().amount()));
    }

    @EventHandler
    void on(OrderReadyForFulfilmentEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.PAID, position, replay);
    }

    @EventHandler
    void on(OrderHeldForReviewEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.AWAITING_REVIEW, position, replay);
    }

    @EventHandler
    void on(OrderRejectedEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.REJECTED, position, replay);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.CANCELLED, position, replay);
    }

    @EventHandler
    void on(OrderShippedEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.SHIPPED, position, replay);
    }

    @EventHandler
    void on(OrderDeliveredEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.DELIVERED, position, replay);
    }

    @EventHandler
    void on(OrderCompletedEvent event, @EventPosition long position, ReplayStatus replay) {
        status(event.orderId(), OrderStatus.COMPLETED, position, replay);
    }

    /** REF-4: money went back, counted on the day the refund completed. */
    @EventHandler
    void on(RefundCompletedEvent event, @EventPosition long position, ReplayStatus replay) {
        change(event.orderId(), position, replay, order -> order.refunded(new CompletedRefund(event.refundId(),
                event.amount().amount(), event.skus() == null ? List.of() : event.skus(), event.completedAt())));
    }

    @ResetHandler
    void reset() {
        orders.deleteAll();
        rollups.deleteAll();
    }

    private void status(String orderId, OrderStatus status, long position, ReplayStatus replay) {
        change(orderId, position, replay, order -> order.withStatus(status.name()));
    }

    private void change(String orderId, long position, ReplayStatus replay, UnaryOperator<OrderSales> event) {
        if (!orders.claim(orderId, position)) {
            return;
        }
        OrderSales before = orders.find(orderId).orElseThrow();
        OrderSales after = event.apply(before);
        orders.save(before, after);
        SalesContributions delta = SalesContributions.of(after, clock::dayOf).minus(SalesContributions.of(before, clock::dayOf));
        rollups.add(delta);
        if (!replay.isReplay() && delta.touches(clock.today())) {
            changes.todayChangedAfterCommit();
        }
    }

    private static List<SoldLine> lines(List<OrderLine> lines) {
        return lines.stream().map(line -> new SoldLine(line.sku(), line.productName(), line.category(), line.quantity(),
                line.lineTotal().amount())).toList();
    }
}
