package io.ledgerline.app.reporting;

import static org.awaitility.Awaitility.await;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the report tests share: the workload (run once), GraphQL over HTTP, and the direct computation. */
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

    ZoneId zone;

    @BeforeEach
    void workload() {
        ReportingWorkload.ensureRun(commands, jdbc, clock);
        zone = ZoneId.of((String) query("{ reportingZone }", Map.of()).get("reportingZone"));
    }

    DirectReports direct() {
        return new DirectReports(StoredEvents.all(jdbc), zone);
    }

    Map<String, Object> period(LocalDate from, LocalDate to) {
        return Map.of("from", from.atStartOfDay(zone).toInstant().toString(), "to", to.atStartOfDay(zone).toInstant().toString());
    }

    /** Runs a GraphQL document over HTTP, failing on any error; numbers come back as Integer or Double. */
    Map<String, Object> query(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = execute(document, variables);
        if (!response.getErrors().isEmpty()) {
            throw new AssertionError("GraphQL errors: " + response.getErrors());
        }
        return normalized(response.getData());
    }

    ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return GraphQlClients.http(port).document(document).variables(variables).executeSync();
    }

    /** Waits until the report equals its direct computation from the event store (the projections catch up). */
    void awaitEqual(Runnable assertion) {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).untilAsserted(assertion::run);
    }

    @SuppressWarnings("unchecked")
    static <T> T normalized(Object value) {
        return (T) switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, inner) -> copy.put((String) key, normalized(inner)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(inner -> copy.add(normalized(inner)));
                yield copy;
            }
            case Integer number -> number;
            case Number number -> number.doubleValue();
            case null -> null;
            default -> value;
        };
    }
}
