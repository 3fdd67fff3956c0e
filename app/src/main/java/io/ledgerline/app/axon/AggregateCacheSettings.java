package io.ledgerline.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many aggregates of each type are kept in memory between commands ({@code ledgerline.aggregates.cache.*});
 * 0 keeps none, so every command loads its aggregate from the event store.
 *
 * @param inventoryItems skus (10,000)
 * @param orders         orders (20,000): the recent ones are the busy ones
 * @param refunds        refunds (5,000)
 */
@ConfigurationProperties("ledgerline.aggregates.cache")
public record AggregateCacheSettings(Integer inventoryItems, Integer orders, Integer refunds) {

    public AggregateCacheSettings {
        inventoryItems = inventoryItems == null ? 10_000 : inventoryItems;
        orders = orders == null ? 20_000 : orders;
        refunds = refunds == null ? 5_000 : refunds;
    }
}
