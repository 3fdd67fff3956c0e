package io.ledgerline.app.stock;

import io.ledgerline.app.GraphQlClients;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the stock and refund read-model tests share: real commands, the GraphQL endpoint over HTTP, and orders
 * of the test's own skus (the Spring context, and so the database, is shared by every test class).
 */
abstract class StockIntegrationTest extends LedgerlineIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** A sku no other test uses. */
    static String uniqueSku(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
        return GraphQlClients.http(port)
                .document(document).variables(variables).executeSync();
    }

    /** Waits until the field's value, read again and again over GraphQL, satisfies {@code condition}. */
    @SuppressWarnings("unchecked")
    <T> T awaitField(String document, Map<String, Object> variables, String field, Predicate<T> condition) {
        return await().atMost(TIMEOUT).until(() -> (T) query(document, variables).get(field),
                value -> value != null && condition.test(value));
    }

    /** Places an order of one line of {@code quantity} units of {@code sku} at 10.00 and waits for its reservation. */
    PlaceOrderCommand placeReservedOrder(String sku, int quantity) {
        PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-stock", Channel.WEB,
                PaymentMethod.ONLINE, DeliveryMethod.STANDARD,
                new Address("Zhang San", "13900000000", "Jiangsu", "Suzhou", "8 Canal Street", "215000"),
                List.of(new OrderLine(sku, "Product " + sku, "HOME", Money.of("10.00"), quantity)), null);
        commands.sendAndWait(order);
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderStockReservedEvent"));
        return order;
    }

    /** Pays the order of {@link #placeReservedOrder} in full. */
    void pay(PlaceOrderCommand order) {
        Money total = order.lines().stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, total,
                "TX-" + UUID.randomUUID()));
    }
}
