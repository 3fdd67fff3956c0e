package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderFixtures;
import io.ledgerline.app.OrderJourneys;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.MutableClock;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5 "done when": every event in the store names a real actor and role (SEC-1) — whatever the
 * other tests of this JVM have stored by the time this runs, plus an order placed here. A command with
 * no signed-in user and no inherited actor is refused rather than stored anonymously.
 */
class EveryEventNamesAnActorTest extends LedgerlineIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("SEC-1: no stored event lacks an actor or a role, and none names the old development default")
    void everyStoredEventNamesItsActor() {
        new OrderJourneys(commands, jdbc).paidTeaSet();

        List<Map<String, Object>> unattributed = jdbc.sql("""
                        select globalindex, payloadtype, convert_from(metadata, 'UTF8') as metadata from domainevententry
                         where coalesce(convert_from(metadata, 'UTF8')::jsonb ->> 'actor', '') in ('', 'development-default-actor')
                            or coalesce(convert_from(metadata, 'UTF8')::jsonb ->> 'role', '') = ''
                        """).query().listOfRows();

        assertThat(jdbc.sql("select count(*) from domainevententry").query(Long.class).single()).isPositive();
        assertThat(unattributed).isEmpty();
    }

    @Test
    @DisplayName("SEC-1, ORD-12: what a deadline decides is done by system:deadlines, in the chain of the request that set it, naming who did")
    void deadlinesActAsTheSystem() {
        PlaceOrderCommand order = new OrderJourneys(commands, jdbc).paidTeaSet();
        commands.sendAndWait(new ShipOrderCommand(order.orderId(), "SF Express", "SF-SEC-" + order.orderId()));
        // Reported two hours ago, a MINOR exception's two-hour handling deadline is due now: it fires on the next poll.
        clock.advance(Duration.ofHours(-2));
        try {
            commands.sendAndWait(new ReportLogisticsExceptionCommand(order.orderId(), UUID.randomUUID().toString(),
                    ExceptionType.DELAYED, Severity.MINOR, "stuck at the depot"));
        } finally {
            clock.advance(Duration.ofHours(2));
        }
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(Duration.ofSeconds(60)).until(() -> events.types(order.orderId()).contains("LogisticsExceptionEscalatedEvent"));

        List<String> types = events.types(order.orderId());
        List<JsonNode> metadata = events.metadata(order.orderId());
        JsonNode escalated = metadata.get(types.indexOf("LogisticsExceptionEscalatedEvent"));
        JsonNode reported = metadata.get(types.indexOf("LogisticsExceptionReportedEvent"));
        assertThat(escalated.get("actor").asText()).isEqualTo("system:deadlines");
        assertThat(escalated.get("role").asText()).isEqualTo("SYSTEM");
        assertThat(escalated.get("scheduledBy").asText()).isEqualTo(TEST_ACTOR);
        assertThat(escalated.get("correlationId").asText()).isEqualTo(reported.get("correlationId").asText());
    }

    @Test
    @DisplayName("SEC-1: a command sent by no one is refused, and nothing is stored")
    void commandWithoutActorIsRefused() {
        SecurityContextHolder.clearContext();
        PlaceOrderCommand order = OrderFixtures.teaSet();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.sendAndWait(order))
                .hasMessageContaining("has no actor");
        assertThat(jdbc.sql("select count(*) from domainevententry where aggregateidentifier = ?").param(order.orderId())
                .query(Long.class).single()).isZero();
    }
}
