package io.ledgerline.api.inventory;

/**
 * INV-3, ORD-3: a reservation could not be made because too little stock is available; nothing was
 * reserved. A refusal that matters later (the order is rejected), so it is an event, not only an error.
 */
public record StockReservationRefusedEvent(String sku, String orderId, int requested, int available) {
}
