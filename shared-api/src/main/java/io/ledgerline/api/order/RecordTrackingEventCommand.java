package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-10: a carrier's tracking event; DELIVERED (with the signer) delivers the order. */
public record RecordTrackingEventCommand(@TargetAggregateIdentifier String orderId,
                                         TrackingStatus status,
                                         String location,
                                         String note,
                                         String signer) {
}
