package io.ledgerline.app.reporting;

import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small, realistic workload for the report tests, through the real command path: stock received, orders of every
 * channel placed and paid (one cash on delivery, one left unpaid), shipped, delivered and completed, a partial and a
 * full refund, logistics exceptions resolved, left open and escalated, stocktakes with a shortage and a surplus.
 *
 * <p>It runs on dates of its own (March and April 2031, set on the test clock), straddling a midnight of the
 * reporting zone (Asia/Shanghai) and a month end. One exception is reported at the real time less two hours, so
 * that its deadline escalates it within seconds. It runs once per test JVM; the tests compare the reports with figures
 * computed from the whole event store.
 */
final class ReportingWorkload {

    /** 23:50 in Shanghai on Friday 14 March 2031. */
    static final Instant LATE_EVENING = Instant.parse("2031-03-14T15:50:00Z");
    /** The reporting days of the workload's first two phases. */
    static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 14);
    static final LocalDate SECOND_DAY = LocalDate.of(2031, 3, 15);
    static final LocalDate SPRING_START = LocalDate.of(2031, 3, 1);
    static final LocalDate SPRING_END = LocalDate.of(2031, 5, 1);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final MetaData ACTOR = MetaData.with("actor", "reporting-test").and("role", "ADMIN");
    private static volatile boolean done;

    private final CommandGateway commands;
    private final EventStoreReader events;
    private final MutableClock clock;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private ReportingWorkload(CommandGateway commands, JdbcClient jdbc, MutableClock clock) {
        this.commands = commands;
        this.events = new EventStoreReader(jdbc);
        this.clock = clock;
    }

    /** Runs the workload unless it ran already in this JVM. */
    static synchronized void ensureRun(CommandGateway commands, JdbcClient jdbc, MutableClock clock) {
        if (!done) {
            ReportingWorkload workload = new ReportingWorkload(commands, jdbc, clock);
            try {
                workload.run();
            } finally {
                clock.reset();
            }
            done = true;
        }
    }

    private void run() {
        String tea = "RPT-TEA-" + suffix;
        String cup = "RPT-CUP-" + suffix;
        String scarf = "RPT-SCARF-" + suffix;
        String soap = "RPT-SOAP-" + suffix;

        at(LATE_EVENING);
        send(new ReceiveStockCommand(tea, "WH-EAST", 100, "Longjing tea"));
        send(new ReceiveStockCommand(cup, "WH-EAST", 60, "Celadon cup"));
        send(new ReceiveStockCommand(cup, "WH-WEST", 40, null));
        send(new ReceiveStockCommand(scarf, "WH-WEST", 30, "Silk scarf"));
        send(new ReceiveStockCommand(soap, "WH-EAST", 30, "Camellia soap"));
        send(new SetLowStockThresholdCommand(soap, 20));

        String o1 = placePaid(Channel.WEB, "Zhejiang", List.of(line(tea, "Longjing tea", "FOOD", "88.00", 2),
                line(cup, "Celadon cup", "KITCHEN", "19.90", 3)));
        String o2 = placePaid(Channel.MOBILE_APP, "Jiangsu", List.of(line(scarf, "Silk scarf", "APPAREL", "259.50", 1)));
        place(Channel.MARKETPLACE, "Guangdong", PaymentMethod.ONLINE, List.of(line(soap, "Camellia soap", "PERSONAL_CARE", "12.35", 5),
                line(cup, "Celadon cup", "KITCHEN", "19.90", 1)));
        String cod = place(Channel.SOCIAL, "Sichuan", PaymentMethod.CASH_ON_DELIVERY,
                List.of(line(tea, "Longjing tea", "FOOD", "88.00", 1)));

        clock.advance(Duration.ofMinutes(15)); // past midnight in Shanghai: Saturday 15 March
        String o5 = placePaid(Channel.WEB, "Guangdong", List.of(line(scarf, "Silk scarf", "APPAREL", "259.50", 2),
                line(tea, "Longjing tea", "FOOD", "88.00", 1)));
        String o6 = placePaid(Channel.MINI_PROGRAM, "Zhejiang", List.of(line(cup, "Celadon cup", "KITCHEN", "19.90", 4)));
        ship(o1);
        String damaged = report(o1, ExceptionType.DAMAGED, Severity.MODERATE);
        clock.advance(Duration.ofMinutes(30));
        send(new ResolveLogisticsExceptionCommand(o1, damaged, ExceptionResolution.COMPENSATED, "voucher"));
        refund(o1, "59.70", List.of(cup));
        ship(cod);
        deliver(cod);
        ship(o2);
        send(new RecordStocktakeCommand(soap, "WH-EAST", 26, "counter-1"));
        send(new RecordStocktakeCommand(cup, "WH-WEST", 43, "counter-2"));
        send(new RecordStocktakeCommand(tea, "WH-EAST", 97, "counter-1"));

        clock.advance(Duration.ofDays(19)); // Thursday 3 April: another week and month
        placePaid(Channel.WEB, "Jiangsu", List.of(line(soap, "Camellia soap", "PERSONAL_CARE", "12.35", 10)));
        refund(o6, "79.60", List.of());
        await().atMost(TIMEOUT).until(() -> events.types(o6).contains("OrderCancelledEvent"));
        deliver(o1);
        send(new ConfirmReceiptCommand(o1));
        ship(o5);
        report(o5, ExceptionType.LOST, Severity.MAJOR);
        clock.advance(Duration.ofMinutes(45));
        String delayed = report(o2, ExceptionType.DELAYED, Severity.MINOR);
        clock.advance(Duration.ofMinutes(100));
        send(new ResolveLogisticsExceptionCommand(o2, delayed, ExceptionResolution.NO_ACTION, "arrived"));

        // Reported two hours (less a few seconds) before the real now: due in a few seconds, so its deadline escalates it.
        clock.reset();
        clock.advance(Duration.ofHours(-2).plusSeconds(4));
        String escalated = report(o5, ExceptionType.TRACKING_INFO_ERROR, Severity.MINOR);
        await().atMost(Duration.ofSeconds(60)).until(() -> events.types(o5).contains("LogisticsExceptionEscalatedEvent")
                && events.payloads(o5, "LogisticsExceptionEscalatedEvent").stream()
                .anyMatch(payload -> escalated.equals(payload.get("exceptionId").asText())));
    }

    private String placePaid(Channel channel, String province, List<OrderLine> lines) {
        String id = place(channel, province, PaymentMethod.ONLINE, lines);
        Money total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        send(new RecordPaymentCommand(id, PaymentMethod.ONLINE, total, "TX-" + UUID.randomUUID()));
        return id;
    }

    private String place(Channel channel, String province, PaymentMethod method, List<OrderLine> lines) {
        PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-report", channel, method,
                DeliveryMethod.EXPRESS, new Address("Chen Jing", "13700000000", province, "City", "1 Report Road", "100000"),
                lines, null);
        send(order);
        await().atMost(TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderStockReservedEvent"));
        return order.orderId();
    }

    private void ship(String orderId) {
        send(new ShipOrderCommand(orderId, "SF Express", "SF" + System.nanoTime()));
    }

    private void deliver(String orderId) {
        send(new RecordTrackingEventCommand(orderId, TrackingStatus.DELIVERED, "Front door", null, "Chen Jing"));
    }

    private String report(String orderId, ExceptionType type, Severity severity) {
        String exceptionId = UUID.randomUUID().toString();
        send(new ReportLogisticsExceptionCommand(orderId, exceptionId, type, severity, "reported by the report test"));
        return exceptionId;
    }

    /** Requests, approves and pays back a refund, and waits until the order has recorded it. */
    private void refund(String orderId, String amount, List<String> skus) {
        String refundId = UUID.randomUUID().toString();
        send(new RequestRefundCommand(orderId, refundId, RefundReason.CUSTOMER_REQUEST, Money.of(amount), skus, false, null,
                "report test"));
        await().atMost(TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        send(new ApproveRefundCommand(refundId));
        send(new RecordRefundResultCommand(refundId, true, null));
        await().atMost(TIMEOUT).until(() -> events.payloads(orderId, "OrderRefundedEvent").stream()
                .anyMatch(payload -> refundId.equals(payload.get("refundId").asText())));
    }

    private void send(Object command) {
        commands.sendAndWait(command, ACTOR);
    }

    private void at(Instant instant) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), instant));
    }

    private static OrderLine line(String sku, String name, String category, String price, int quantity) {
        return new OrderLine(sku, name, category, Money.of(price), quantity);
    }
}
