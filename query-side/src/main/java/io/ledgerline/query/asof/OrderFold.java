package io.ledgerline.query.asof;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRefundedEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingEventView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds one order's events, oldest first, into the order as the order read model shows it after the same
 * events (AUD-4): the order itself, its shipment with tracking events and its logistics exceptions, plus the
 * ids of the refunds requested on it. The rules are those of {@code OrderViewProjection}; every event of the
 * order moves {@code updatedAt} (its time) and {@code version} (its sequence number). Instants are held as the
 * read model holds them ({@link ReadModelPrecision}).
 */
final class OrderFold {

    private String id;
    private String orderNumber;
    private String customerId;
    private Channel channel;
    private OrderStatus status;
    private List<OrderLine> lines;
    private Money total;
    private Money amountPaid;
    private Money amountRefunded;
    private PaymentMethod paymentMethod;
    private DeliveryMethod deliveryMethod;
    private Address shippingAddress;
    private int modificationsLeft;
    private Instant placedAt;
    private Instant updatedAt;
    private long version = -1;

    private ShipmentView shipment;
    private final List<TrackingEventView> trackingEvents = new ArrayList<>();
    private final Map<String, LogisticsExceptionView> exceptions = new LinkedHashMap<>();
    private final List<String> refundIds = new ArrayList<>();

    /** Applies the order's next event. Events before its placement (there are none in a real stream) are ignored. */
    void apply(Object event, long sequence, Instant timestamp) {
        if (event instanceof OrderPlacedEvent placed) {
            placed(placed);
        } else if (id == null) {
            return;
        } else {
            change(event);
        }
        updatedAt = timestamp;
        version = sequence;
    }

    private void placed(OrderPlacedEvent event) {
        id = event.orderId();
        orderNumber = event.orderNumber();
        customerId = event.customerId();
        channel = event.channel();
        status = OrderStatus.PENDING_PAYMENT;
        lines = List.copyOf(event.lines());
        total = event.total();
        amountPaid = Money.zero(event.total().currency());
        amountRefunded = Money.zero(event.total().currency());
        paymentMethod = event.paymentMethod();
        deliveryMethod = event.deliveryMethod();
        shippingAddress = event.shippingAddress();
        modificationsLeft = event.modificationsAllowed();
        placedAt = ReadModelPrecision.of(event.placedAt());
    }

    private void change(Object event) {
        switch (event) {
            case OrderLinesModifiedEvent e -> {
                lines = List.copyOf(e.lines());
                total = e.total();
                modificationsLeft = e.modificationsLeft();
            }
            case OrderReadyForFulfilmentEvent ignored -> status = OrderStatus.PAID;
            case OrderHeldForReviewEvent ignored -> status = OrderStatus.AWAITING_REVIEW;
            case OrderRejectedEvent ignored -> status = OrderStatus.REJECTED;
            case OrderCancelledEvent ignored -> status = OrderStatus.CANCELLED;
            case PaymentRecordedEvent e -> amountPaid = amountPaid.plus(e.amount());
            case OrderShippedEvent e -> {
                status = OrderStatus.SHIPPED;
                shipment = new ShipmentView(e.orderId(), e.carrier(), e.trackingNumber(),
                        ReadModelPrecision.of(e.shippedAt()), List.of());
            }
            case TrackingEventRecordedEvent e -> trackingEvents.add(
                    new TrackingEventView(e.status(), ReadModelPrecision.of(e.at()), e.location(), e.note(), e.signer()));
            case OrderDeliveredEvent ignored -> status = OrderStatus.DELIVERED;
            case OrderCompletedEvent ignored -> status = OrderStatus.COMPLETED;
            case LogisticsExceptionReportedEvent e -> exceptions.putIfAbsent(e.exceptionId(),
                    new LogisticsExceptionView(e.orderId(), e.exceptionId(), e.type(), e.severity(),
                            ReadModelPrecision.of(e.reportedAt()), ReadModelPrecision.of(e.dueBy()), null, null, null, e.note(),
                            null));
            case LogisticsExceptionResolvedEvent e -> exceptions.computeIfPresent(e.exceptionId(), (key, x) ->
                    new LogisticsExceptionView(x.orderId(), x.id(), x.type(), x.severity(), x.reportedAt(), x.dueBy(),
                            x.escalatedAt(), ReadModelPrecision.of(e.resolvedAt()), e.resolution(), x.reportNote(), e.note()));
            case LogisticsExceptionEscalatedEvent e -> exceptions.computeIfPresent(e.exceptionId(), (key, x) ->
                    new LogisticsExceptionView(x.orderId(), x.id(), x.type(), x.severity(), x.reportedAt(), x.dueBy(),
                            ReadModelPrecision.of(e.escalatedAt()), x.resolvedAt(), x.resolution(), x.reportNote(),
                            x.resolutionNote()));
            case RefundRequestedEvent e -> refundIds.add(e.refundId());
            case OrderRefundedEvent e -> amountRefunded = e.totalRefunded();
            default -> {
                // stock reserved, approved, payment failures and refund releases change only updatedAt and version
            }
        }
    }

    /** The order after the events applied so far; empty if none of them placed it. */
    Optional<OrderView> order() {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new OrderView(id, orderNumber, customerId, channel, status, lines, total, amountPaid,
                amountRefunded, paymentMethod, deliveryMethod, shippingAddress, modificationsLeft, placedAt, updatedAt,
                version));
    }

    /** ORD-9, ORD-10: the shipment with its tracking events, oldest first; null before shipping. */
    ShipmentView shipment() {
        return shipment == null ? null : new ShipmentView(shipment.orderId(), shipment.carrier(),
                shipment.trackingNumber(), shipment.shippedAt(), List.copyOf(trackingEvents));
    }

    /** ORD-12: the exceptions in the read model's order: by report time, then id. */
    List<LogisticsExceptionView> exceptions() {
        return exceptions.values().stream()
                .sorted(Comparator.comparing(LogisticsExceptionView::reportedAt).thenComparing(LogisticsExceptionView::id))
                .toList();
    }

    /** The refunds requested on the order so far, in the order they were requested. */
    List<String> refundIds() {
        return List.copyOf(refundIds);
    }
}
