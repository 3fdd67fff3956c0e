package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code orders} search index. Readers and writers use the alias {@value #ALIAS}; behind it is a
 * versioned index ({@value #CURRENT_INDEX}) whose mapping lives in {@code elasticsearch/<index>.json},
 * so a new mapping or a rebuild fills a new index and moves the alias without a moment without search.
 */
@Component
public class OrderSearchIndex {

    public static final String ALIAS = "orders";
    static final String CURRENT_INDEX = "orders-v1";

    private static final Logger log = LoggerFactory.getLogger(OrderSearchIndex.class);

    private final ElasticsearchClient client;
    private volatile boolean ready;

    OrderSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Prepares the index when the app is ready, so search answers (empty) before the first order. If
     * Elasticsearch is unreachable now, the projection prepares it on its first write instead.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareOnStartup() {
        try {
            ensureExists();
        } catch (RuntimeException e) {
            log.warn("Could not prepare the {} search index yet ({}); the search projection will retry", ALIAS, e.getMessage());
        }
    }

    /** Creates the current index with its mapping and points the alias at it, unless the alias exists. */
    void ensureExists() {
        if (ready) {
            return;
        }
        try {
            if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                try (InputStream mapping = mapping(CURRENT_INDEX)) {
                    client.indices().create(c -> c.index(CURRENT_INDEX).withJson(mapping).aliases(ALIAS, a -> a.isWriteIndex(true)));
                    log.info("Created search index {} behind alias {}", CURRENT_INDEX, ALIAS);
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to prepare the " + ALIAS + " index", e);
        }
    }

    private static InputStream mapping(String index) {
        InputStream mapping = OrderSearchIndex.class.getClassLoader().getResourceAsStream("elasticsearch/" + index + ".json");
        if (mapping == null) {
            throw new IllegalStateException("no mapping elasticsearch/" + index + ".json on the class path");
        }
        return mapping;
    }
}
