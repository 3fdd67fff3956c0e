package io.ledgerline.api.order;

/**
 * The order is {@code PAID}: ready for fulfilment ({@code PAID}, {@code REVIEW_APPROVED} or {@code CASH_ON_DELIVERY}).
 */
public record OrderReadyForFulfilmentEvent(String orderId,
                                           String cause) {
}
