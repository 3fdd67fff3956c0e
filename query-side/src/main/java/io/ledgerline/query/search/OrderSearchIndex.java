package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.ledgerline.api.projection.ProjectionRebuild;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code orders} search index. Readers and writers use the alias {@value #ALIAS}; behind it is a
 * versioned index ({@value #CURRENT_INDEX}, or {@code orders-v1-<rebuild id>} once rebuilt) whose mapping
 * lives in {@code elasticsearch/orders-v1.json}. A rebuild (AUD-3) fills an index of its own beside the live
 * one and moves the alias to it in one atomic step when it has caught up, so search never goes empty.
 */
@Component
public class OrderSearchIndex {

    public static final String ALIAS = "orders";
    static final String CURRENT_INDEX = "orders-v1";

    private static final Logger log = LoggerFactory.getLogger(OrderSearchIndex.class);

    private final ElasticsearchClient client;
    private final Set<String> rebuildTargets = ConcurrentHashMap.newKeySet();
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

    /** Drops the indices behind the alias with everything in them and creates the current one again, empty. */
    void recreate() {
        ready = false;
        try {
            for (String index : indicesBehindAlias()) {
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
                log.info("Deleted search index {} to rebuild it", index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to delete the " + ALIAS + " indices", e);
        }
        ensureExists();
    }

    /**
     * Where this unit of work writes: the rebuild's own index while {@code rebuild} is under way on this node,
     * else the alias. (An event that still carries the context of a rebuild that has finished, a retried dead
     * letter, say, goes to the alias, which by then points at that rebuild's index.)
     */
    String writeTarget(ProjectionRebuild rebuild) {
        if (rebuild != null && rebuildTargets.contains(rebuildIndex(rebuild))) {
            return rebuildIndex(rebuild);
        }
        ensureExists();
        return ALIAS;
    }

    /**
     * Creates the rebuild's own, empty index beside the live one (readers stay on the alias). Indices left by
     * rebuilds that never finished (their node died) are deleted first.
     */
    void createRebuildTarget(ProjectionRebuild rebuild) {
        String target = rebuildIndex(rebuild);
        try {
            ensureExists();
            Set<String> live = indicesBehindAlias();
            for (String leftover : client.indices().get(g -> g.index(CURRENT_INDEX + "-*")).indices().keySet()) {
                if (!live.contains(leftover) && !rebuildTargets.contains(leftover)) {
                    client.indices().delete(d -> d.index(leftover).ignoreUnavailable(true));
                    log.info("Deleted search index {}, left by a rebuild that did not finish", leftover);
                }
            }
            try (InputStream mapping = mapping(CURRENT_INDEX)) {
                client.indices().create(c -> c.index(target).withJson(mapping));
            }
            rebuildTargets.add(target);
            log.info("Created search index {} for rebuild {}; search keeps reading {} until it has caught up",
                    target, rebuild.rebuildId(), live);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to create the rebuild index " + target, e);
        }
    }

    /**
     * Makes everything the rebuild wrote searchable, moves the alias to the rebuild's index in one atomic alias
     * update, then deletes the indices it pointed at before.
     */
    void switchTo(ProjectionRebuild rebuild) {
        String target = rebuildIndex(rebuild);
        try {
            client.indices().refresh(r -> r.index(target));
            Set<String> previous = indicesBehindAlias();
            client.indices().updateAliases(u -> {
                previous.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(ALIAS))));
                return u.actions(a -> a.add(add -> add.index(target).alias(ALIAS).isWriteIndex(true)));
            });
            rebuildTargets.remove(target);
            log.info("Search alias {} now points at the rebuilt index {} (was {})", ALIAS, target, previous);
            for (String index : previous) {
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to move the " + ALIAS + " alias to " + target, e);
        }
    }

    /**
     * Deletes the index of a rebuild that will not finish. (If the alias was moved to it before the rest of the
     * switch failed, search reads it now: it stays.)
     */
    void dropRebuildTarget(ProjectionRebuild rebuild) {
        String target = rebuildIndex(rebuild);
        rebuildTargets.remove(target);
        try {
            if (indicesBehindAlias().contains(target)) {
                log.warn("Keeping search index {}: the alias {} points at it", target, ALIAS);
                return;
            }
            client.indices().delete(d -> d.index(target).ignoreUnavailable(true));
            log.info("Deleted search index {} of an abandoned rebuild", target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to delete the rebuild index " + target, e);
        }
    }

    /** The concrete indices the alias points at now (one, unless an operator changed it by hand). */
    Set<String> indicesBehindAlias() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            return Set.of();
        }
        return Set.copyOf(client.indices().getAlias(g -> g.name(ALIAS)).aliases().keySet());
    }

    static String rebuildIndex(ProjectionRebuild rebuild) {
        return CURRENT_INDEX + "-" + rebuild.rebuildId();
    }

    /** The order's document as {@code target} holds it now (a realtime get: it sees writes not yet refreshed). */
    Optional<OrderDocument> find(String orderId, String target) {
        try {
            GetResponse<OrderDocument> response = client.get(g -> g.index(target).id(orderId).realtime(true), OrderDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read order " + orderId + " from the search index", e);
        }
    }

    /**
     * Writes whole documents to {@code target} (the alias or a rebuild's index) in one bulk request, each versioned externally by the position of the last
     * event folded into it. A 409 means the index already holds that event or a later one, so the write is
     * already applied; any other failed item fails the call (and with it the batch, which Axon retries).
     */
    void writeAll(Collection<OrderDocument> documents, String target) {
        if (documents.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            response = client.bulk(b -> {
                for (OrderDocument document : documents) {
                    b.operations(op -> op.index(i -> i.index(target).id(document.orderId())
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
