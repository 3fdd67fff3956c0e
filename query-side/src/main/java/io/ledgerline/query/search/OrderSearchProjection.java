package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.ledgerline.api.order.OrderPlacedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@code orders} search index. Its own processing group, so a slow Elasticsearch never holds
 * back the PostgreSQL read models. Delivery is at least once; each write carries the event's global
 * position as an external version, so Elasticsearch drops a repeated or older write (no duplicates,
 * no going back in time).
 */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
class OrderSearchProjection {

    static final String PROCESSING_GROUP = "order-search";

    private final ElasticsearchClient client;
    private final OrderSearchIndex index;

    OrderSearchProjection(ElasticsearchClient client, OrderSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @EventHandler
    void on(OrderPlacedEvent event, TrackingToken token) {
        long position = token.position().orElseThrow();
        write(OrderDocument.placed(event, position));
    }

    private void write(OrderDocument document) {
        index.ensureExists();
        try {
            client.index(i -> i.index(OrderSearchIndex.ALIAS).id(document.orderId())
                    .versionType(VersionType.External).version(document.position()).document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
            // 409: the index already holds this event or a later one.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index order " + document.orderId(), e);
        }
    }
}
