package io.ledgerline.command.order;

import static io.ledgerline.api.order.OrderStatus.AWAITING_REVIEW;
import static io.ledgerline.api.order.OrderStatus.CANCELLED;
import static io.ledgerline.api.order.OrderStatus.COMPLETED;
import static io.ledgerline.api.order.OrderStatus.DELIVERED;
import static io.ledgerline.api.order.OrderStatus.PAID;
import static io.ledgerline.api.order.OrderStatus.PENDING_PAYMENT;
import static io.ledgerline.api.order.OrderStatus.REJECTED;
import static io.ledgerline.api.order.OrderStatus.SHIPPED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.common.Violation;
import io.ledgerline.api.order.*;
import io.ledgerline.api.refund.RefundReason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An order: decides every change to one order (ORD-1..ORD-12, and REF-1/2/5 for its refunds) and records
 * it as events. State changes only in the {@code @EventSourcingHandler}s, so replaying the events rebuilds
 * exactly the same order. Validation that grows lives in {@link PlacementRules} and {@link RefundRules}.
 *
 * <p>Deadlines are never cancelled: each deadline handler checks that its moment still matters (an order
 * paid in time ignores its payment timeout). Cancelling would make the deadline manager scan every pending
 * deadline of that name, of every order, on each payment.
 *
 * <p>Cached between commands and snapshotted every so many events (D58, D59). A snapshot is this class's fields
 * as JSON: raise the {@code @Revision} when they change, so that older snapshots are ignored and the events
 * replayed instead.
 */
@Aggregate(cache = "orderCache", snapshotTriggerDefinition = "aggregateSnapshotTrigger")
@Revision("1")
class Order {

    static final String PAYMENT_TIMEOUT = "payment-timeout";
    static final String AUTO_COMPLETE = "auto-complete";
    static final String ESCALATION = "exception-escalation";

    @AggregateIdentifier
    private String orderId;
    private String orderNumber;
    private OrderStatus status;
    private List<OrderLine> lines;
    private Money total;
    private PaymentMethod paymentMethod;
    private Instant placedAt;
    private int modificationsLeft;
    private boolean stockReserved;
    private final Set<String> transactionRefs = new HashSet<>();
    private Money paid;
    private final Map<String, Money> refundsCounted = new HashMap<>();
    private final Set<String> refundsCompleted = new HashSet<>();
    private Money refunded;
    private Instant deliveredAt;
    private final Map<String, Boolean> openExceptions = new HashMap<>(); // id -> escalated
    private final Set<String> resolvedExceptions = new HashSet<>();

    Order() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /** ORD-1, ORD-2, ORD-6. Placing again with the same order id (an idempotency key) returns the existing order. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(PlaceOrderCommand command, OrderNumbers orderNumbers, OrderSettings settings, Clock clock,
                  DeadlineManager deadlines) {
        if (orderId != null) {
            return orderId;
        }
        PlacementRules.check(command);
        Instant now = clock.instant();
        apply(new OrderPlacedEvent(command.orderId(), orderNumbers.next(now), command.customerId(), command.channel(),
                command.paymentMethod(), command.deliveryMethod(), command.shippingAddress(), List.copyOf(command.lines()),
                totalOf(command.lines()), settings.maxModifications(), now));
        if (command.paymentMethod() != PaymentMethod.CASH_ON_DELIVERY) {
            deadlines.schedule(settings.paymentTimeout(), PAYMENT_TIMEOUT);
        }
        return command.orderId();
    }

    /** ORD-4. */
    @CommandHandler
    void handle(ModifyOrderLinesCommand command, OrderSettings settings, Clock clock) {
        requireStatus("ORDER_NOT_MODIFIABLE", PENDING_PAYMENT);
        Instant now = clock.instant();
        if (now.isAfter(placedAt.plus(settings.modificationWindow()))) {
            throw CommandRefusedException.state("MODIFICATION_WINDOW_CLOSED", "lines can change only within "
                    + settings.modificationWindow().toMinutes() + " minutes of placement");
        }
        if (modificationsLeft <= 0) {
            throw CommandRefusedException.state("MODIFICATION_LIMIT_REACHED", "this order's lines cannot change again");
        }
        List<Violation> violations = new ArrayList<>(PlacementRules.lineViolations(command.lines()));
        if (violations.isEmpty() && !totalOf(command.lines()).currency().equals(total.currency())) {
            violations.add(Violation.of("lines", "WRONG_CURRENCY", "the order is priced in " + total.currency()));
        }
        PlacementRules.refuseIfAny(violations);
        apply(new OrderLinesModifiedEvent(orderId, lines, List.copyOf(command.lines()), totalOf(command.lines()),
                modificationsLeft - 1, now));
    }

    /** ORD-3: the fulfilment saga reserved every line. */
    @CommandHandler
    void handle(ConfirmOrderStockCommand command) {
        if (status != PENDING_PAYMENT || stockReserved) {
            return; // cancelled meanwhile, or a repeated confirmation
        }
        apply(new OrderStockReservedEvent(orderId));
        if (paymentMethod == PaymentMethod.CASH_ON_DELIVERY) {
            apply(new OrderReadyForFulfilmentEvent(orderId, "CASH_ON_DELIVERY")); // ORD-6: paid at delivery
        }
    }

    /** ORD-3: some line could not be reserved. */
    @CommandHandler
    void handle(RejectOrderForStockCommand command, Clock clock) {
        if (status != PENDING_PAYMENT) {
            return;
        }
        apply(new OrderRejectedEvent(orderId, "OUT_OF_STOCK", List.copyOf(command.skus()),
                "out of stock: " + String.join(", ", command.skus()), clock.instant()));
    }

    /** ORD-8. */
    @CommandHandler
    void handle(CancelOrderCommand command, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRefusedException.of("reason", "REASON_REQUIRED", "a cancellation needs a reason");
        }
        boolean unpaidCashOnDelivery = status == PAID && !paid.isPositive(); // paid at delivery, not yet shipped
        if ((status == PAID || status == AWAITING_REVIEW) && !unpaidCashOnDelivery) {
            throw CommandRefusedException.state("PAID_ORDER_MUST_BE_REFUNDED", "a paid order is refunded, not cancelled");
        }
        if (!unpaidCashOnDelivery) {
            requireStatus("ORDER_NOT_CANCELLABLE", PENDING_PAYMENT);
        }
        apply(new OrderCancelledEvent(orderId, CancellationCause.REQUESTED, command.reason(), clock.instant()));
    }

    /** ORD-6. (No payload: without {@code payloadType = Void.class} Axon would take the Clock for one.) */
    @DeadlineHandler(deadlineName = PAYMENT_TIMEOUT, payloadType = Void.class)
    void paymentTimedOut(Clock clock) {
        if (status == PENDING_PAYMENT && paymentMethod != PaymentMethod.CASH_ON_DELIVERY) {
            apply(new OrderCancelledEvent(orderId, CancellationCause.PAYMENT_TIMEOUT, CancellationCause.PAYMENT_TIMEOUT.name(),
                    clock.instant()));
        }
    }

    /** ORD-5, ORD-7. A transaction reference seen before is a duplicate notification: nothing happens. */
    @CommandHandler
    void handle(RecordPaymentCommand command, OrderSettings settings, Clock clock) {
        if (command.transactionRef() != null && transactionRefs.contains(command.transactionRef())) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        if (command.method() == null) {
            violations.add(Violation.of("method", "REQUIRED", "a payment method is required"));
        }
        if (command.amount() == null) {
            violations.add(Violation.of("amount", "REQUIRED", "an amount is required"));
        }
        if (command.transactionRef() == null || command.transactionRef().isBlank()) {
            violations.add(Violation.of("transactionRef", "REQUIRED", "a transaction reference is required"));
        }
        PlacementRules.refuseIfAny(violations);
        requireStatus("ORDER_NOT_PAYABLE", PENDING_PAYMENT);
        if (!stockReserved) {
            throw CommandRefusedException.state("STOCK_NOT_RESERVED", "the order's stock is not reserved yet; try again shortly");
        }
        Instant now = clock.instant();
        if (!command.amount().equals(total)) {
            apply(new PaymentAmountMismatchEvent(orderId, command.method(), total, command.amount(), command.transactionRef(), now));
            return;
        }
        apply(new PaymentRecordedEvent(orderId, command.method(), command.amount(), command.transactionRef(), now));
        Money threshold = settings.reviewThresholdIn(total.currency());
        if (total.amount().compareTo(threshold.amount()) > 0) {
            apply(new OrderHeldForReviewEvent(orderId, total, threshold));
        } else {
            apply(new OrderReadyForFulfilmentEvent(orderId, "PAID"));
        }
    }

    /** ORD-5. */
    @CommandHandler
    void handle(RecordPaymentFailureCommand command, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRefusedException.of("reason", "REASON_REQUIRED", "a failed payment needs a reason");
        }
        requireStatus("ORDER_NOT_PAYABLE", PENDING_PAYMENT);
        apply(new PaymentFailedEvent(orderId, command.reason(), clock.instant()));
    }

    /** ORD-7. */
    @CommandHandler
    void handle(ApproveOrderCommand command, Clock clock) {
        requireStatus("ORDER_NOT_AWAITING_REVIEW", AWAITING_REVIEW);
        apply(new OrderApprovedEvent(orderId, clock.instant()));
        apply(new OrderReadyForFulfilmentEvent(orderId, "REVIEW_APPROVED"));
    }

    /** ORD-7: rejected after review: stock is released (saga) and the whole payment is refunded. */
    @CommandHandler
    void handle(RejectOrderCommand command, OrderSettings settings, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRefusedException.of("reason", "REASON_REQUIRED", "a rejection needs a reason");
        }
        requireStatus("ORDER_NOT_AWAITING_REVIEW", AWAITING_REVIEW);
        Instant now = clock.instant();
        apply(new OrderRejectedEvent(orderId, "REVIEW_REJECTED", List.of(), command.reason(), now));
        apply(new RefundRequestedEvent(orderId, UUID.randomUUID().toString(), orderNumber, RefundReason.ORDER_REJECTED,
                paid, List.of(), List.of(), settings.returnsWarehouse(), command.reason(), paymentMethod, now));
    }

    /** ORD-9. */
    @CommandHandler
    void handle(ShipOrderCommand command, Clock clock) {
        List<Violation> violations = new ArrayList<>();
        if (command.carrier() == null || command.carrier().isBlank()) {
            violations.add(Violation.of("carrier", "REQUIRED", "a carrier is required"));
        }
        if (command.trackingNumber() == null || command.trackingNumber().isBlank()) {
            violations.add(Violation.of("trackingNumber", "REQUIRED", "a tracking number is required"));
        }
        PlacementRules.refuseIfAny(violations);
        requireStatus("ORDER_NOT_READY_TO_SHIP", PAID);
        apply(new OrderShippedEvent(orderId, command.carrier(), command.trackingNumber(),
                lines.stream().map(OrderLine::sku).toList(), clock.instant()));
    }

    /** ORD-10, ORD-11 (schedules the automatic completion), ORD-6 (cash on delivery is paid now). */
    @CommandHandler
    void handle(RecordTrackingEventCommand command, OrderSettings settings, Clock clock, DeadlineManager deadlines) {
        if (command.status() == null) {
            throw CommandRefusedException.of("status", "REQUIRED", "a tracking status is required");
        }
        if (command.status() == TrackingStatus.DELIVERED && (command.signer() == null || command.signer().isBlank())) {
            throw CommandRefusedException.of("signer", "SIGNER_REQUIRED", "a delivery is signed for");
        }
        requireStatus("ORDER_NOT_IN_TRANSIT", SHIPPED);
        Instant now = clock.instant();
        apply(new TrackingEventRecordedEvent(orderId, command.status(), command.location(), command.note(), command.signer(), now));
        if (command.status() == TrackingStatus.DELIVERED) {
            apply(new OrderDeliveredEvent(orderId, command.signer(), now));
            if (paymentMethod == PaymentMethod.CASH_ON_DELIVERY) {
                apply(new PaymentRecordedEvent(orderId, paymentMethod, total, "COD-" + orderNumber, now));
            }
            deadlines.schedule(settings.autoCompleteAfter(), AUTO_COMPLETE);
        }
    }

    /** ORD-11. */
    @CommandHandler
    void handle(ConfirmReceiptCommand command, Clock clock) {
        requireStatus("ORDER_NOT_DELIVERED", DELIVERED);
        apply(new OrderCompletedEvent(orderId, "CUSTOMER_CONFIRMED", clock.instant()));
    }

    /** ORD-11. */
    @DeadlineHandler(deadlineName = AUTO_COMPLETE, payloadType = Void.class)
    void completeAutomatically(Clock clock) {
        if (status == DELIVERED) {
            apply(new OrderCompletedEvent(orderId, "AUTO", clock.instant()));
        }
    }

    /** ORD-12: the severity sets the deadline, after which an unresolved exception escalates. */
    @CommandHandler
    void handle(ReportLogisticsExceptionCommand command, OrderSettings settings, Clock clock, DeadlineManager deadlines) {
        List<Violation> violations = new ArrayList<>();
        if (command.exceptionId() == null || command.exceptionId().isBlank()) {
            violations.add(Violation.of("exceptionId", "REQUIRED", "an exception id is required"));
        } else if (openExceptions.containsKey(command.exceptionId()) || resolvedExceptions.contains(command.exceptionId())) {
            violations.add(Violation.of("exceptionId", "DUPLICATE_EXCEPTION", "this exception was reported already"));
        }
        if (command.type() == null) {
            violations.add(Violation.of("type", "REQUIRED", "an exception type is required"));
        }
        if (command.severity() == null) {
            violations.add(Violation.of("severity", "REQUIRED", "a severity is required"));
        }
        PlacementRules.refuseIfAny(violations);
        requireStatus("ORDER_NOT_SHIPPED", SHIPPED, DELIVERED);
        Instant now = clock.instant();
        Instant dueBy = now.plus(settings.handlingTime(command.severity()));
        apply(new LogisticsExceptionReportedEvent(orderId, command.exceptionId(), command.type(), command.severity(),
                command.note(), now, dueBy));
        deadlines.schedule(dueBy, ESCALATION, command.exceptionId());
    }

    /** ORD-12. */
    @CommandHandler
    void handle(ResolveLogisticsExceptionCommand command, Clock clock) {
        if (command.resolution() == null) {
            throw CommandRefusedException.of("resolution", "REQUIRED", "a resolution is required");
        }
        if (resolvedExceptions.contains(command.exceptionId())) {
            throw CommandRefusedException.of("exceptionId", "EXCEPTION_ALREADY_RESOLVED", "this exception is resolved already");
        }
        if (!openExceptions.containsKey(command.exceptionId())) {
            throw CommandRefusedException.of("exceptionId", "UNKNOWN_EXCEPTION", "no such exception on this order");
        }
        apply(new LogisticsExceptionResolvedEvent(orderId, command.exceptionId(), command.resolution(), command.note(),
                clock.instant()));
    }

    /** ORD-12. */
    @DeadlineHandler(deadlineName = ESCALATION)
    void escalate(String exceptionId, Clock clock) {
        if (Boolean.FALSE.equals(openExceptions.get(exceptionId))) {
            apply(new LogisticsExceptionEscalatedEvent(orderId, exceptionId, clock.instant()));
        }
    }

    /** REF-1, REF-2, REF-5. A refund id requested before is a retry: nothing happens. */
    @CommandHandler
    void handle(RequestRefundCommand command, OrderSettings settings, Clock clock) {
        if (command.refundId() != null && (refundsCounted.containsKey(command.refundId())
                || refundsCompleted.contains(command.refundId()))) {
            return;
        }
        Instant now = clock.instant();
        Money counted = refundsCounted.values().stream().reduce(Money.zero(total.currency()), Money::plus);
        PlacementRules.refuseIfAny(RefundRules.check(command, status, paid, counted, lines, deliveredAt, settings, now));
        List<String> skus = command.skus() == null ? List.of() : List.copyOf(command.skus());
        List<ReturnedItem> returned = !command.returnGoods() ? List.of() : lines.stream()
                .filter(line -> skus.isEmpty() || skus.contains(line.sku()))
                .map(line -> new ReturnedItem(line.sku(), line.quantity())).toList();
        String warehouse = command.returnWarehouse() == null ? settings.returnsWarehouse() : command.returnWarehouse();
        apply(new RefundRequestedEvent(orderId, command.refundId(), orderNumber, command.reason(), command.amount(), skus,
                returned, warehouse, command.note(), paymentMethod, now));
    }

    /** REF-2: a rejected refund stops counting against what was paid. */
    @CommandHandler
    void handle(ReleaseRefundAllocationCommand command) {
        Money amount = refundsCounted.get(command.refundId());
        if (amount != null && !refundsCompleted.contains(command.refundId())) {
            apply(new RefundAllocationReleasedEvent(orderId, command.refundId(), amount));
        }
    }

    /**
     * REF-4, ORD-8: money went back; an unshipped order refunded in full ends CANCELLED (its stock is
     * released). Only a refund this order accepted counts, with the amount it accepted; a repeat is ignored.
     */
    @CommandHandler
    void handle(RecordRefundCompletedCommand command, Clock clock) {
        Money amount = refundsCounted.get(command.refundId());
        if (amount == null || refundsCompleted.contains(command.refundId())) {
            return;
        }
        Money totalRefunded = refunded.plus(amount);
        apply(new OrderRefundedEvent(orderId, command.refundId(), amount, totalRefunded));
        if ((status == PAID || status == AWAITING_REVIEW) && totalRefunded.equals(paid)) {
            apply(new OrderCancelledEvent(orderId, CancellationCause.FULLY_REFUNDED, CancellationCause.FULLY_REFUNDED.name(),
                    clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        orderNumber = event.orderNumber();
        status = PENDING_PAYMENT;
        lines = event.lines();
        total = event.total();
        paymentMethod = event.paymentMethod();
        placedAt = event.placedAt();
        modificationsLeft = event.modificationsAllowed();
        paid = Money.zero(total.currency());
        refunded = Money.zero(total.currency());
    }

    @EventSourcingHandler
    void on(OrderLinesModifiedEvent event) {
        lines = event.lines();
        total = event.total();
        modificationsLeft = event.modificationsLeft();
        stockReserved = false; // the saga reserves the difference, then confirms again
    }

    @EventSourcingHandler
    void on(OrderStockReservedEvent event) {
        stockReserved = true;
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    void on(PaymentAmountMismatchEvent event) {
        transactionRefs.add(event.transactionRef());
    }

    @EventSourcingHandler
    void on(PaymentRecordedEvent event) {
        transactionRefs.add(event.transactionRef());
        paid = paid.plus(event.amount());
    }

    @EventSourcingHandler
    void on(OrderHeldForReviewEvent event) {
        status = AWAITING_REVIEW;
    }

    @EventSourcingHandler
    void on(OrderReadyForFulfilmentEvent event) {
        status = PAID;
    }

    @EventSourcingHandler
    void on(OrderShippedEvent event) {
        status = SHIPPED;
    }

    @EventSourcingHandler
    void on(OrderDeliveredEvent event) {
        status = DELIVERED;
        deliveredAt = event.deliveredAt();
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent event) {
        status = COMPLETED;
    }

    @EventSourcingHandler
    void on(LogisticsExceptionReportedEvent event) {
        openExceptions.put(event.exceptionId(), false);
    }

    @EventSourcingHandler
    void on(LogisticsExceptionEscalatedEvent event) {
        openExceptions.put(event.exceptionId(), true);
    }

    @EventSourcingHandler
    void on(LogisticsExceptionResolvedEvent event) {
        openExceptions.remove(event.exceptionId());
        resolvedExceptions.add(event.exceptionId());
    }

    @EventSourcingHandler
    void on(RefundRequestedEvent event) {
        refundsCounted.put(event.refundId(), event.amount());
    }

    @EventSourcingHandler
    void on(RefundAllocationReleasedEvent event) {
        refundsCounted.remove(event.refundId());
    }

    @EventSourcingHandler
    void on(OrderRefundedEvent event) {
        refundsCompleted.add(event.refundId());
        refunded = event.totalRefunded();
    }

    private void requireStatus(String code, OrderStatus... allowed) {
        for (OrderStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw CommandRefusedException.state(code, "not possible while the order is " + status);
    }

    private static Money totalOf(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus)
                .orElseThrow(() -> new IllegalArgumentException("an order has at least one line"));
    }
}
