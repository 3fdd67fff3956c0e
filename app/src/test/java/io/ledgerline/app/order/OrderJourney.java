package io.ledgerline.app.order;


import io.ledgerline.app.GraphQlClients;
import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives real orders through the command side for the order query tests, on skus of their own (so other
 * tests' stock is untouched), and reads orders back over GraphQL HTTP.
 */
final class OrderJourney {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String MUG = "SKU-ORDQ-MUG";
    static final String TRAY = "SKU-ORDQ-TRAY";

    private final CommandGateway commands;
    private final OrderJourneys journeys;
    private final HttpSyncGraphQlClient graphQl;

    OrderJourney(CommandGateway commands, JdbcClient jdbc, int port) {
        this.commands = commands;
        this.journeys = new OrderJourneys(commands, jdbc);
        this.graphQl = GraphQlClients.http(port);
    }

    HttpSyncGraphQlClient graphQl() {
        return graphQl;
    }

    /** Two mugs at 35.50 and a tray at 88.00: 159.00. */
    static List<OrderLine> mugsAndTray() {
        return List.of(new OrderLine(MUG, "Stoneware mug", "KITCHEN", Money.of("35.50"), 2),
                new OrderLine(TRAY, "Bamboo tray", "KITCHEN", Money.of("88.00"), 1));
    }

    /** Places orders of {@link #mugsAndTray()} for a customer after stocking them, and waits until each is confirmed (ORD-3). */
    List<PlaceOrderCommand> placeConfirmed(String customerId, int count) {
        commands.sendAndWait(new ReceiveStockCommand(MUG, "WH-ORDQ", 2 * count, "Stoneware mug"));
        commands.sendAndWait(new ReceiveStockCommand(TRAY, "WH-ORDQ", count, "Bamboo tray"));
        List<PlaceOrderCommand> orders = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new PlaceOrderCommand(UUID.randomUUID().toString(), customerId, Channel.MOBILE_APP,
                        PaymentMethod.ONLINE, DeliveryMethod.STANDARD,
                        new Address("Wang Fang", "13900000000", "Jiangsu", "Suzhou", "8 Canal Street", "215000"),
                        mugsAndTray(), null))
                .toList();
        orders.forEach(journeys::placeConfirmed);
        return orders;
    }

    void pay(String orderId) {
        journeys.pay(orderId, Money.of("159.00"));
    }

    /** {@code order(id)} over GraphQL, with every field of the contract's Order but history and refunds. */
    @SuppressWarnings("unchecked")
    Map<String, Object> order(String orderId) {
        return graphQl.document("""
                        query($id: ID) { order(id: $id) {
                          id orderNumber customerId channel status total amountPaid amountRefunded paymentMethod deliveryMethod
                          modificationsLeft placedAt updatedAt version
                          shippingAddress { recipient province }
                          lines { sku quantity unitPrice lineTotal }
                          shipment { carrier trackingNumber shippedAt events { status at location note } }
                          exceptions { id type severity reportedAt dueBy escalated resolvedAt resolution note } } }""")
                .variable("id", orderId).retrieveSync("order").toEntity(Map.class);
    }
}
