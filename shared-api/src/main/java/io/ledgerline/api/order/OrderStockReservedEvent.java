package io.ledgerline.api.order;

/** ORD-3: every line of the order holds a reservation. */
public record OrderStockReservedEvent(String orderId) {
}
