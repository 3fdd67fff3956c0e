package io.ledgerline.query.inventory;

import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.ListInventoryItemsQuery;
import io.ledgerline.api.inventory.ListStocktakeDiscrepanciesQuery;
import io.ledgerline.api.inventory.StocktakeDiscrepancyView;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers inventory queries (INV-1..INV-7) from the PostgreSQL read model. */
@Component
class InventoryQueryHandler {

    private final InventoryViewRepository stock;
    private final StocktakeDiscrepancyRepository discrepancies;

    InventoryQueryHandler(InventoryViewRepository stock, StocktakeDiscrepancyRepository discrepancies) {
        this.stock = stock;
        this.discrepancies = discrepancies;
    }

    @QueryHandler
    Optional<InventoryItemView> handle(FindInventoryItemQuery query) {
        return query.sku() == null ? Optional.empty() : stock.find(query.sku());
    }

    @QueryHandler
    List<InventoryItemView> handle(ListInventoryItemsQuery query) {
        return stock.page(query.lowStockOnly(), query.first(), query.afterSku());
    }

    @QueryHandler
    List<StocktakeDiscrepancyView> handle(ListStocktakeDiscrepanciesQuery query) {
        return discrepancies.between(query.from(), query.to());
    }
}
