package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-12: a logistics exception was not resolved by its deadline and was escalated. */
public record LogisticsExceptionEscalatedEvent(String orderId,
                                               String exceptionId,
                                               Instant escalatedAt) {
}
