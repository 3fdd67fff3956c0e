package io.ledgerline.app.axon;

import org.axonframework.common.caching.Cache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named by the aggregates' {@code @Aggregate(cache = ...)}. A command then
 * finds its aggregate as the last command left it instead of replaying its events. Axon's caching repository
 * keeps it correct (D58): a unit of work that rolls back, for any reason, removes the aggregate it loaded or
 * saved, so the next command reloads what was committed. Separate caches because the key is only the
 * aggregate id: a sku could equal an order id, and each type gets its own bound.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateCacheSettings.class)
public class AggregateCacheConfiguration {

    @Bean
    Cache inventoryItemCache(AggregateCacheSettings settings) {
        return new CaffeineAggregateCache(settings.inventoryItems());
    }

    @Bean
    Cache orderCache(AggregateCacheSettings settings) {
        return new CaffeineAggregateCache(settings.orders());
    }

    @Bean
    Cache refundCache(AggregateCacheSettings settings) {
        return new CaffeineAggregateCache(settings.refunds());
    }
}
