package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** Drops the current index with everything in it and creates it again, empty, behind the alias. */
    void recreate() {
        ready = false;
        try {
            client.indices().delete(d -> d.index(CURRENT_INDEX).ignoreUnavailable(true));
            log.info("Deleted search index {} to rebuild it", CURRENT_INDEX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to delete the " + CURRENT_INDEX + " index", e);
        }
        ensureExists();
    }

    /** The order's document as the index holds it now (a realtime get: it sees writes not yet refreshed). */
    Optional<OrderDocument> find(String orderId) {
        ensureExists();
        try {
            GetResponse<OrderDocument> response = client.get(g -> g.index(ALIAS).id(orderId).realtime(true), OrderDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read order " + orderId + " from the search index", e);
        }
    }

    /**
     * Writes whole documents in one bulk request, each versioned externally by the position of the last
     * event folded into it. A 409 means the index already holds that event or a later one, so the write is
     * already applied; any other failed item fails the call (and with it the batch, which Axon retries).
     */
    void writeAll(Collection<OrderDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        ensureExists();
        BulkResponse response;
        try {
            response = client.bulk(b -> {
                for (OrderDocument document : documents) {
                    b.operations(op -> op.index(i -> i.index(ALIAS).id(document.orderId())
                            .versionType(VersionType.External).version(document.position()).document(document)));
                }
                return b;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + documents.size() + " orders to the search index", e);
        }
        if (response.errors()) {
            List<BulkResponseItem> failed = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409).toList();
            if (!failed.isEmpty()) {
                BulkResponseItem first = failed.getFirst();
                throw new IllegalStateException(failed.size() + " of " + documents.size()
                        + " orders could not be written to the search index; the first, " + first.id() + ": "
                        + first.status() + " " + first.error().type() + " " + first.error().reason());
            }
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
