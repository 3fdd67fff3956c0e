package io.ledgerline.api.order;

import java.time.Instant;
import java.util.List;

/** ORD-9, ORD-10: an order's shipment (the GraphQL {@code Shipment} type) with its tracking events, oldest first. */
public record ShipmentView(String orderId,
                           String carrier,
                           String trackingNumber,
                           Instant shippedAt,
                           List<TrackingEventView> events) {
}
