package io.ledgerline.app;

import io.ledgerline.app.embedded.EmbeddedElasticsearch;
import io.ledgerline.app.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the operator, once the app is ready, which storage it runs on and where its data is. "Ready" is Spring
 * Boot's readiness state turning to ACCEPTING_TRAFFIC, the moment {@code /actuator/health} (readiness included)
 * answers UP: the application-ready event comes earlier, before its other listeners have run, and a probe that
 * trusted a line logged there could still get 503 (OUT_OF_SERVICE).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<EmbeddedPostgres> postgres;
    private final ObjectProvider<EmbeddedElasticsearch> elasticsearch;
    private final Environment environment;

    StartupReport(ObjectProvider<EmbeddedPostgres> postgres, ObjectProvider<EmbeddedElasticsearch> elasticsearch,
                  Environment environment) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.environment = environment;
    }

    @EventListener
    void report(AvailabilityChangeEvent<ReadinessState> readiness) {
        if (readiness.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        EmbeddedPostgres pg = postgres.getIfAvailable();
        EmbeddedElasticsearch es = elasticsearch.getIfAvailable();
        log.info("PostgreSQL: {}", pg != null
                ? "EMBEDDED at " + pg.jdbcUrl() + ", data in " + pg.dataDir()
                : "EXTERNAL at " + environment.getProperty("spring.datasource.url"));
        log.info("Elasticsearch: {}", es != null
                ? "EMBEDDED at " + es.uri() + ", data in " + es.home().resolve("data")
                : "EXTERNAL at " + environment.getProperty("spring.elasticsearch.uris"));
        log.info("Ledgerline is ready: GraphQL at http://localhost:{}/graphql, health at /actuator/health",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
    }
}
