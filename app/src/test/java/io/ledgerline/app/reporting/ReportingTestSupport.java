package io.ledgerline.app.reporting;

import static org.awaitility.Awaitility.await;

import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the report tests share: the workload (run once), the report queries over GraphQL, and the direct computation. */
abstract class ReportingTestSupport extends LedgerlineIntegrationTest {

    static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    ReportQueries reports;
    ZoneId zone;

    @BeforeEach
    void workload() {
        ReportingWorkload.ensureRun(commands, jdbc, clock);
        reports = new ReportQueries(port);
        zone = reports.zone();
    }

    DirectReports direct() {
        return new DirectReports(StoredEvents.all(jdbc), zone);
    }

    Map<String, Object> period(LocalDate from, LocalDate to) {
        return reports.period(from, to);
    }

    /** Runs a GraphQL document over HTTP, failing on any error; numbers come back as Integer or Double. */
    Map<String, Object> query(String document, Map<String, Object> variables) {
        return reports.query(document, variables);
    }

    ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return reports.execute(document, variables);
    }

    /** Waits until the report equals its direct computation from the event store (the projections catch up). */
    static void awaitEqual(Runnable assertion) {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).untilAsserted(assertion::run);
    }
}
