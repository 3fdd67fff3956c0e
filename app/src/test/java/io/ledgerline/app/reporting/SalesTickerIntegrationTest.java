package io.ledgerline.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.GraphQlNumbers;
import io.ledgerline.app.OrderFixtures;
import io.ledgerline.app.OrderJourneys;
import io.ledgerline.api.order.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.Disposable;

/** {@code salesTicker} over a real WebSocket: today's totals first, then again after a payment. */
class SalesTickerIntegrationTest extends ReportingTestSupport {

    @Test
    @DisplayName("ANA-1: salesTicker pushes today's running totals, and pushes them again once a payment has been counted")
    void tickerPushesTodaysTotals() {
        PlaceOrderCommand order = OrderFixtures.teaSet();
        for (OrderLine line : order.lines()) {
            commands.sendAndWait(new ReceiveStockCommand(line.sku(), "WH-EAST", 10, line.productName()),
                    MetaData.with("actor", "reporting-test").and("role", "ADMIN"));
        }
        new OrderJourneys(commands, jdbc).placeConfirmed(order);

        WebSocketGraphQlClient client = GraphQlClients.webSocket(port);
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = client.document("subscription { salesTicker { orders units gmv averageOrderValue refunded refundRate } }")
                .executeSubscription()
                .map(response -> GraphQlNumbers.normalized(response.field("salesTicker").toEntity(Map.class)))
                .subscribe(update -> received.add((Map<String, Object>) update));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
            Map<String, Object> first = received.getFirst();

            commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, Money.of("188.70"),
                    "TX-" + UUID.randomUUID()), MetaData.with("actor", "reporting-test").and("role", "ADMIN"));

            await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(update ->
                    (Integer) update.get("orders") > (Integer) first.get("orders")
                            && update.equals(today())));
            Map<String, Object> last = received.getLast();
            assertThat(new BigDecimal((String) last.get("gmv")))
                    .isGreaterThanOrEqualTo(new BigDecimal((String) first.get("gmv")).add(new BigDecimal("188.70")));
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    /** Today's summary as the salesSummary query answers it. */
    private Map<String, Object> today() {
        LocalDate today = LocalDate.now(zone);
        return (Map<String, Object>) query("query($p: Period!) { salesSummary(period: $p) { orders units gmv averageOrderValue refunded refundRate } }",
                Map.of("p", period(today, today.plusDays(1)))).get("salesSummary");
    }
}
