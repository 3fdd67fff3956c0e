package io.ledgerline.api.inventory;

/** A subscription to INV-7 low-stock alerts: each update is the item whose alert was just raised. */
public record WatchLowStockQuery() {
}
