package io.ledgerline.query.graphql;

import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.ListInventoryItemsQuery;
import io.ledgerline.api.inventory.ListStocktakeDiscrepanciesQuery;
import io.ledgerline.api.inventory.StocktakeDiscrepancyView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The contract's inventory queries (INV-1..INV-7), answered through Axon's query bus from the inventory read
 * model.
 */
@Controller
class InventoryController {

    private final QueryGateway queries;

    InventoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    Optional<InventoryItemView> inventoryItem(@Argument String sku) {
        return queries.query(new FindInventoryItemQuery(sku), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join();
    }

    /**
     * Items in sku order, {@code first} of them (at most {@value ListInventoryItemsQuery#MAX_PAGE_SIZE}). The
     * contract answers a plain list, which has no cursors, so {@code after} is the last sku of the previous
     * page: the keyset the list is ordered by.
     */
    @QueryMapping
    List<InventoryItemView> inventoryItems(@Argument Boolean lowStockOnly, @Argument Integer first,
                                           @Argument String after) {
        ListInventoryItemsQuery query = new ListInventoryItemsQuery(Boolean.TRUE.equals(lowStockOnly),
                first == null ? 50 : first, after);
        return queries.query(query, ResponseTypes.multipleInstancesOf(InventoryItemView.class)).join();
    }

    /** INV-5: discrepancies counted within the period (from inclusive, to exclusive), all when none is given. */
    @QueryMapping
    List<StocktakeDiscrepancyView> stocktakeDiscrepancies(@Argument Map<String, Object> period) {
        ListStocktakeDiscrepanciesQuery query = period == null ? ListStocktakeDiscrepanciesQuery.all()
                : new ListStocktakeDiscrepanciesQuery((Instant) period.get("from"), (Instant) period.get("to"));
        return queries.query(query, ResponseTypes.multipleInstancesOf(StocktakeDiscrepancyView.class)).join();
    }
}
