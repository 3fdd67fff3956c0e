package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ORD-9: a paid order leaves with a carrier and tracking number; its reservations become deductions.
 */
public record ShipOrderCommand(@TargetAggregateIdentifier String orderId,
                               String carrier,
                               String trackingNumber) {
}
