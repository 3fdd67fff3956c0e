package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-12: resolve an open logistics exception with a resolution and a note. */
public record ResolveLogisticsExceptionCommand(@TargetAggregateIdentifier String orderId,
                                               String exceptionId,
                                               ExceptionResolution resolution,
                                               String note) {
}
