package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-12: a logistics exception was resolved. */
public record LogisticsExceptionResolvedEvent(String orderId,
                                              String exceptionId,
                                              ExceptionResolution resolution,
                                              String note,
                                              Instant resolvedAt) {
}
