package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-10: one tracking milestone of a shipment (the GraphQL {@code TrackingEvent} type); {@code signer} only on delivery. */
public record TrackingEventView(TrackingStatus status,
                                Instant at,
                                String location,
                                String note,
                                String signer) {
}
