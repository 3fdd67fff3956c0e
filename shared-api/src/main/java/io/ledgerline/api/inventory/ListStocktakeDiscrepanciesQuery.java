package io.ledgerline.api.inventory;

import java.time.Instant;

/**
 * INV-5: the stocktakes that found a shortage or a surplus, newest first; answers a list of
 * {@link StocktakeDiscrepancyView}. Only counts made at or after {@code from} and before {@code to} (the
 * period is half-open); both null means every discrepancy.
 */
public record ListStocktakeDiscrepanciesQuery(Instant from, Instant to) {

    public static ListStocktakeDiscrepanciesQuery all() {
        return new ListStocktakeDiscrepanciesQuery(null, null);
    }
}
