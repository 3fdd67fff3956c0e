package io.ledgerline.app;

import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders brought to a given point of their life through the real command path, for the app's tests. */
public final class OrderJourneys {

    private static final Duration SAGA_TIMEOUT = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final EventStoreReader events;

    public OrderJourneys(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.events = new EventStoreReader(jdbc);
    }

    /** The tea set (188.70), its stock received, placed, and confirmed by the fulfilment saga. */
    public PlaceOrderCommand confirmedTeaSet() {
        PlaceOrderCommand order = OrderFixtures.teaSet();
        for (OrderLine line : order.lines()) {
            commands.sendAndWait(new ReceiveStockCommand(line.sku(), "WH-EAST", 100, line.productName()));
        }
        return placeConfirmed(order);
    }

    /** The confirmed tea set, paid in full. */
    public PlaceOrderCommand paidTeaSet() {
        PlaceOrderCommand order = confirmedTeaSet();
        pay(order.orderId(), Money.of("188.70"));
        return order;
    }

    /** Places an order whose stock is there, and waits until the fulfilment saga has confirmed it (ORD-3). */
    public PlaceOrderCommand placeConfirmed(PlaceOrderCommand order) {
        commands.sendAndWait(order);
        await().atMost(SAGA_TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderStockReservedEvent"));
        return order;
    }

    /** Pays an order in full, online, under a fresh transaction reference. */
    public void pay(String orderId, Money total) {
        commands.sendAndWait(new RecordPaymentCommand(orderId, PaymentMethod.ONLINE, total, "TX-" + UUID.randomUUID()));
    }
}
