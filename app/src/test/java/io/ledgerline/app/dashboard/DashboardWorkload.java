package io.ledgerline.app.dashboard;

import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sales the dashboard test looks at, through the real command path on days of their own (7 to 9 June 2032 in the
 * reporting zone, set on the test clock): four paid orders of three channels, regions and categories, a partial refund
 * and a resolved logistics exception, and a sku pushed below its low-stock threshold. Sent from the test thread, so
 * they act as the signed-in test user.
 */
final class DashboardWorkload {

    static final LocalDate FIRST_DAY = LocalDate.of(2032, 6, 7);
    static final LocalDate LAST_DAY = LocalDate.of(2032, 6, 9);
    /** What the four paid orders add up to, and the refund paid back. */
    static final int PAID_ORDERS = 4;
    static final String GMV = "662.80";
    static final String REFUNDED = "59.70";

    private static final Duration SAGA_TIMEOUT = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final EventStoreReader events;
    private final MutableClock clock;
    private final ZoneId zone;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    DashboardWorkload(CommandGateway commands, JdbcClient jdbc, MutableClock clock, ZoneId zone) {
        this.commands = commands;
        this.events = new EventStoreReader(jdbc);
        this.clock = clock;
        this.zone = zone;
    }

    void run() {
        String tea = "DASH-TEA-" + suffix;
        String cup = "DASH-CUP-" + suffix;
        String scarf = "DASH-SCARF-" + suffix;
        try {
            at(FIRST_DAY, LocalTime.of(10, 0));
            commands.sendAndWait(new ReceiveStockCommand(tea, "WH-EAST", 100, "Longjing tea"));
            commands.sendAndWait(new ReceiveStockCommand(cup, "WH-EAST", 50, "Celadon cup"));
            commands.sendAndWait(new ReceiveStockCommand(scarf, "WH-WEST", 20, "Silk scarf"));
            String first = placePaid(Channel.WEB, "Zhejiang", line(tea, "Longjing tea", "FOOD", "88.00", 2),
                    line(cup, "Celadon cup", "KITCHEN", "19.90", 3));                                        // 235.70
            placePaid(Channel.MOBILE_APP, "Jiangsu", line(scarf, "Silk scarf", "APPAREL", "259.50", 1));    // 259.50

            at(FIRST_DAY.plusDays(1), LocalTime.of(15, 0));
            placePaid(Channel.MARKETPLACE, "Guangdong", line(cup, "Celadon cup", "KITCHEN", "19.90", 4));  // 79.60
            commands.sendAndWait(new ShipOrderCommand(first, "SF Express", "SF" + System.nanoTime()));
            String damaged = UUID.randomUUID().toString();
            commands.sendAndWait(new ReportLogisticsExceptionCommand(first, damaged, ExceptionType.DAMAGED, Severity.MODERATE,
                    "box crushed"));
            clock.advance(Duration.ofMinutes(30));
            commands.sendAndWait(new ResolveLogisticsExceptionCommand(first, damaged, ExceptionResolution.COMPENSATED, "voucher"));
            refund(first, REFUNDED, List.of(cup));

            at(LAST_DAY, LocalTime.of(20, 30));
            placePaid(Channel.WEB, "Zhejiang", line(tea, "Longjing tea", "FOOD", "88.00", 1));               // 88.00
            commands.sendAndWait(new SetLowStockThresholdCommand(scarf, 25));
        } finally {
            clock.reset();
        }
    }

    private String placePaid(Channel channel, String province, OrderLine... lines) {
        PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-dashboard", channel,
                PaymentMethod.ONLINE, DeliveryMethod.EXPRESS,
                new Address("Wang Fang", "13900000000", province, "City", "8 Dashboard Lane", "200000"), List.of(lines), null);
        commands.sendAndWait(order);
        await().atMost(SAGA_TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderStockReservedEvent"));
        Money total = List.of(lines).stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, total, "TX-" + UUID.randomUUID()));
        return order.orderId();
    }

    /** Requests, approves and pays back a refund, and waits until the order has recorded it. */
    private void refund(String orderId, String amount, List<String> skus) {
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(orderId, refundId, RefundReason.QUALITY_ISSUE, Money.of(amount), skus, false,
                null, "cups arrived chipped"));
        await().atMost(SAGA_TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));
        await().atMost(SAGA_TIMEOUT).until(() -> events.payloads(orderId, "OrderRefundedEvent").stream()
                .anyMatch(payload -> refundId.equals(payload.get("refundId").asText())));
    }

    /** Sets the test clock to a local time of a day in the reporting zone. */
    private void at(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(zone).toInstant();
        clock.reset();
        clock.advance(Duration.between(Instant.now(), target));
    }

    private static OrderLine line(String sku, String name, String category, String price, int quantity) {
        return new OrderLine(sku, name, category, Money.of(price), quantity);
    }
}
