package io.ledgerline.app.audit;

import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the audit tests share: real commands (some with an explicit actor), orders of the test's own sku (the
 * database is shared by every test class), and the GraphQL endpoint over HTTP.
 */
abstract class AuditIntegrationTest extends LedgerlineIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Two kettles at 50.00: 100.00. */
    static final Money TOTAL = Money.of("100.00");

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    EventStoreReader events() {
        return new EventStoreReader(jdbc);
    }

    OrderJourneys journeys() {
        return new OrderJourneys(commands, jdbc);
    }

    /** A sku no other test uses. */
    static String uniqueSku() {
        return "SKU-AUDIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Someone no other test is: a user id that only this test's commands carry. */
    static String uniqueActor(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends a command as {@code actor} in {@code role} (explicit audit metadata) and waits for it. */
    void sendAs(Object command, String actor, String role) {
        commands.sendAndWait(command, MetaData.with("actor", actor).and("role", role));
    }

    /** Stocks a fresh sku and places a confirmed order of two kettles of it (ORD-3). */
    PlaceOrderCommand confirmedKettles(String sku) {
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-AUDIT", 10, "Audit kettle"));
        PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID().toString(), "audit-" + UUID.randomUUID(),
                Channel.WEB, PaymentMethod.ONLINE, DeliveryMethod.EXPRESS,
                new Address("Zhao Min", "13700000000", "Guangdong", "Shenzhen", "9 Harbour Road", "518000"),
                List.of(new OrderLine(sku, "Audit kettle", "KITCHEN", Money.of("50.00"), 2)), null);
        return journeys().placeConfirmed(order);
    }

    /** Waits until the sealer has sealed every event stored so far (AUD-2). */
    void awaitEverythingSealed() {
        long last = jdbc.sql("select coalesce(max(globalindex), 0) from domainevententry").query(Long.class).single();
        await().atMost(TIMEOUT).until(() -> jdbc.sql("""
                        select count(*) from domainevententry e
                        where e.globalindex <= ? and not exists (select 1 from audit_chain c where c.global_index = e.globalindex)""")
                .param(last).query(Long.class).single() == 0);
    }

    /** Runs a GraphQL document over HTTP, failing on any error. */
    Map<String, Object> query(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = execute(document, variables);
        if (!response.getErrors().isEmpty()) {
            throw new AssertionError("GraphQL errors: " + response.getErrors());
        }
        return response.getData();
    }

    ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return GraphQlClients.http(port).document(document).variables(variables).executeSync();
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> data, String... path) {
        Object value = data;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }
}
