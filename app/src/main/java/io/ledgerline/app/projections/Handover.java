package io.ledgerline.app.projections;

import io.ledgerline.api.projection.ProjectionRebuildSwitching;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The switch at the end of a rebuild that has caught up: in one PostgreSQL transaction the rebuilt tables take
 * the live tables' place, the live processor takes over the rebuild processor's position, and the rebuild's
 * dead letters replace the live ones; other stores switch last ({@link ProjectionRebuildSwitching}).
 *
 * <p>Other nodes need not stop: the swap locks the live tables, so their in-flight batches finish first or wait;
 * and the new token rows are claimed by this node, so any node still holding the old position fails to store
 * it and rolls its batch back (for Elasticsearch, before writing anything: the token is stored before the bulk
 * write). This node's live processor is stopped for the switch and started again, so it carries no stale position.
 */
@Component
class Handover {

    private final ProjectionTables tables;
    private final TokenStore tokenStore;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Handover(ProjectionTables tables, TokenStore tokenStore, JdbcClient jdbc, ApplicationEventPublisher events,
             PlatformTransactionManager transactionManager) {
        this.tables = tables;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void switchOver(Rebuild rebuild, StreamingEventProcessor live) {
        rebuild.stopProcessor();
        boolean restart = live.isRunning();
        live.shutDown();
        try {
            transactions.executeWithoutResult(status -> swap(rebuild, live.getName()));
        } finally {
            if (restart) {
                live.start();
            }
        }
    }

    private void swap(Rebuild rebuild, String liveName) {
        String rebuildName = rebuild.processorName();
        tables.swap(rebuild.schema(), rebuild.tables());

        jdbc.sql("select segment from tokenentry where processorname = ? for update").param(liveName).query(Integer.class).list();
        int[] segments = tokenStore.fetchSegments(rebuildName);
        TrackingToken[] positions = new TrackingToken[segments.length];
        for (int i = 0; i < segments.length; i++) {
            if (segments[i] != i) {
                throw new IllegalStateException("rebuild processor " + rebuildName + " has segments " + java.util.Arrays.toString(segments)
                        + "; expected 0.." + (segments.length - 1));
            }
            // The rebuild's tokens mark every event as a replay; the live processor goes on from the same position.
            positions[i] = WrappedToken.unwrapLowerBound(tokenStore.fetchToken(rebuildName, segments[i]));
        }
        jdbc.sql("delete from tokenentry where processorname in (?, ?)").params(liveName, rebuildName).update();
        tokenStore.initializeTokenSegments(liveName, segments.length);
        for (int segment : segments) {
            tokenStore.fetchToken(liveName, segment);
            tokenStore.storeToken(positions[segment], liveName, segment);
        }

        jdbc.sql("delete from deadletterentry where processinggroup = ?").param(liveName).update();
        jdbc.sql("update deadletterentry set processinggroup = ? where processinggroup = ?").params(liveName, rebuildName).update();

        events.publishEvent(new ProjectionRebuildSwitching(rebuild.context()));
    }
}
