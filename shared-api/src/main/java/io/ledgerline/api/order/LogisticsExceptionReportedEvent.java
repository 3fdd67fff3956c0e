package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-12: a problem with the shipment, to be handled by {@code dueBy}. */
public record LogisticsExceptionReportedEvent(String orderId,
                                              String exceptionId,
                                              ExceptionType type,
                                              Severity severity,
                                              String note,
                                              Instant reportedAt,
                                              Instant dueBy) {
}
