package io.ledgerline.api.inventory;

import java.time.Instant;

/**
 * INV-5: a stocktake whose count differed from the on-hand stock the system expected (the GraphQL
 * {@code StocktakeDiscrepancy} type). {@code difference = counted - expected}: negative for a
 * {@link DiscrepancyType#SHORTAGE}, positive for a {@link DiscrepancyType#SURPLUS}.
 */
public record StocktakeDiscrepancyView(String sku,
                                       String warehouse,
                                       int expected,
                                       int counted,
                                       int difference,
                                       DiscrepancyType discrepancy,
                                       String countedBy,
                                       Instant at) {
}
