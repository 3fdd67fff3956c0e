package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-10: a tracking milestone of the shipment. */
public record TrackingEventRecordedEvent(String orderId,
                                         TrackingStatus status,
                                         String location,
                                         String note,
                                         String signer,
                                         Instant at) {
}
