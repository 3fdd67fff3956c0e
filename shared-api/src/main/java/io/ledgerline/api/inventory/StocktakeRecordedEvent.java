package io.ledgerline.api.inventory;

import java.time.Instant;

/**
 * INV-5: a stocktake set on-hand at a warehouse to the {@code counted} quantity. {@code expected} is the
 * on-hand before the count and {@code difference = counted - expected}, classified as {@code discrepancy}.
 * The count is a physical fact and is always accepted, even below what is reserved there: the warehouse is
 * then over-committed and its available stock is 0 (never negative) until reservations are released or
 * deducted.
 */
public record StocktakeRecordedEvent(String sku, String warehouse, int expected, int counted, int difference,
                                     DiscrepancyType discrepancy, String countedBy, Instant countedAt) {
}
