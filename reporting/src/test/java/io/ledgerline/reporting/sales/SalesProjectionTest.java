package io.ledgerline.reporting.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.reporting.ReportingClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sales projection as a plain object, fed a simulated workload; its rollups are compared with figures computed
 * directly from the events, order by order, without the projection's contributions.
 */
class SalesProjectionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ReportingClock clock = new ReportingClock(Clock.system(ZoneOffset.UTC), SHANGHAI);
    private final InMemorySalesFacts facts = new InMemorySalesFacts();
    private final InMemorySalesRollups rollups = new InMemorySalesRollups();
    private final SalesProjection projection = new SalesProjection(facts, rollups, clock, new SalesChanges());

    @Test
    @DisplayName("ANA-1, ANA-2, ANA-3: the rollups of a simulated workload equal the figures computed directly from its events")
    void rollupsEqualDirectComputation() {
        List<Object> events = new SalesWorkload(42, Instant.parse("2031-03-13T12:00:00Z")).orders(400);
        Random redeliveries = new Random(7);
        long position = 0;
        for (Object event : events) {
            feed(event, ++position);
            if (redeliveries.nextInt(10) == 0) {
                feed(event, position); // delivered again after a retry: must not count twice
            }
        }

        Expected expected = Expected.from(events, clock);
        assertThat(normalized(rollups.nonZeroSales())).isEqualTo(expected.sales);
        assertThat(products()).isEqualTo(expected.products);
        assertThat(expected.sales.keySet().stream().map(RollupKey::day).distinct().count())
                .as("the workload spans several reporting days").isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("AUD-3: a reset empties the rollups, and replaying the same events rebuilds them exactly")
    void resetAndReplay() {
        List<Object> events = new SalesWorkload(3, Instant.parse("2031-03-13T12:00:00Z")).orders(60);
        long position = 0;
        for (Object event : events) {
            feed(event, ++position);
        }
        Map<RollupKey, SalesMeasures> before = normalized(rollups.nonZeroSales());

        projection.reset();
        assertThat(rollups.sales).isEmpty();
        position = 0;
        for (Object event : events) {
            feed(event, ++position);
        }

        assertThat(normalized(rollups.nonZeroSales())).isEqualTo(before).isNotEmpty();
    }

    @Test
    @DisplayName("ANA-1: a payment at 23:59 and one at 00:01 Shanghai time count on two days, whatever the UTC date")
    void daysAreReportingZoneDays() {
        Instant lateEvening = Instant.parse("2031-03-14T15:59:00Z");
        Instant afterMidnight = Instant.parse("2031-03-14T16:01:00Z");
        List<Object> events = List.of(
                placed("o-1", lateEvening), new PaymentRecordedEvent("o-1", io.ledgerline.api.order.PaymentMethod.ONLINE,
                        io.ledgerline.api.common.Money.of("88.00"), "t-1", lateEvening),
                placed("o-2", afterMidnight), new PaymentRecordedEvent("o-2", io.ledgerline.api.order.PaymentMethod.ONLINE,
                        io.ledgerline.api.common.Money.of("88.00"), "t-2", afterMidnight));
        long position = 0;
        for (Object event : events) {
            feed(event, ++position);
        }

        assertThat(rollups.sales.get(RollupKey.total(LocalDate.of(2031, 3, 14))).orders()).isEqualTo(1);
        assertThat(rollups.sales.get(RollupKey.total(LocalDate.of(2031, 3, 15))).orders()).isEqualTo(1);
    }

    private static OrderPlacedEvent placed(String id, Instant at) {
        List<OrderLine> lines = List.of(new OrderLine("TEA-1", "Longjing tea", "FOOD",
                io.ledgerline.api.common.Money.of("88.00"), 1));
        return new OrderPlacedEvent(id, "SO-" + id, "c", io.ledgerline.api.order.Channel.WEB,
                io.ledgerline.api.order.PaymentMethod.ONLINE, io.ledgerline.api.order.DeliveryMethod.STANDARD,
                new io.ledgerline.api.common.Address("r", "1", "Zhejiang", "c", "l", "p"), lines,
                io.ledgerline.api.common.Money.of("88.00"), 3, at);
    }

    private void feed(Object event, long position) {
        ReplayStatus regular = ReplayStatus.REGULAR;
        switch (event) {
            case OrderPlacedEvent e -> projection.on(e, position);
            case OrderLinesModifiedEvent e -> projection.on(e, position, regular);
            case PaymentRecordedEvent e -> projection.on(e, position, regular);
            case OrderReadyForFulfilmentEvent e -> projection.on(e, position, regular);
            case OrderHeldForReviewEvent e -> projection.on(e, position, regular);
            case OrderRejectedEvent e -> projection.on(e, position, regular);
            case OrderCancelledEvent e -> projection.on(e, position, regular);
            case OrderShippedEvent e -> projection.on(e, position, regular);
            case OrderDeliveredEvent e -> projection.on(e, position, regular);
            case OrderCompletedEvent e -> projection.on(e, position, regular);
            case RefundCompletedEvent e -> projection.on(e, position, regular);
            default -> throw new IllegalArgumentException("not a sales event: " + event);
        }
    }

    private Map<ProductKey, List<Object>> products() {
        Map<ProductKey, List<Object>> rows = new TreeMap<>();
        rollups.products.forEach((key, measures) -> rows.put(key, List.of(measures.units(), measures.revenue().setScale(2))));
        return rows;
    }

    private static Map<RollupKey, SalesMeasures> normalized(Map<RollupKey, SalesMeasures> rows) {
        Map<RollupKey, SalesMeasures> normalized = new TreeMap<>();
        rows.forEach((key, measures) -> normalized.put(key, new SalesMeasures(measures.orders(), measures.units(),
                measures.gmv().setScale(2), measures.refunded().setScale(2))));
        return normalized;
    }

    /**
     * The figures of docs/metrics.md computed straight from the events: each order's final lines, channel, province
     * and last status, its (first) payment and its refunds, added up per reporting day.
     */
    private static final class Expected {

        final Map<RollupKey, SalesMeasures> sales = new TreeMap<>();
        final Map<ProductKey, List<Object>> products = new TreeMap<>();

        static Expected from(List<Object> events, ReportingClock clock) {
            Map<String, OrderPlacedEvent> placed = new HashMap<>();
            Map<String, List<OrderLine>> lines = new HashMap<>();
            Map<String, String> status = new HashMap<>();
            Map<String, PaymentRecordedEvent> payments = new HashMap<>();
            Map<String, List<RefundCompletedEvent>> refunds = new HashMap<>();
            for (Object event : events) {
                switch (event) {
                    case OrderPlacedEvent e -> {
                        placed.put(e.orderId(), e);
                        lines.put(e.orderId(), e.lines());
                        status.put(e.orderId(), "PENDING_PAYMENT");
                    }
                    case OrderLinesModifiedEvent e -> lines.put(e.orderId(), e.lines());
                    case PaymentRecordedEvent e -> payments.putIfAbsent(e.orderId(), e);
                    case OrderReadyForFulfilmentEvent e -> status.put(e.orderId(), "PAID");
                    case OrderHeldForReviewEvent e -> status.put(e.orderId(), "AWAITING_REVIEW");
                    case OrderRejectedEvent e -> status.put(e.orderId(), "REJECTED");
                    case OrderCancelledEvent e -> status.put(e.orderId(), "CANCELLED");
                    case OrderShippedEvent e -> status.put(e.orderId(), "SHIPPED");
                    case OrderDeliveredEvent e -> status.put(e.orderId(), "DELIVERED");
                    case OrderCompletedEvent e -> status.put(e.orderId(), "COMPLETED");
                    case RefundCompletedEvent e -> refunds.computeIfAbsent(e.orderId(), id -> new java.util.ArrayList<>()).add(e);
                    default -> throw new IllegalArgumentException(event.toString());
                }
            }
            Expected expected = new Expected();
            placed.forEach((id, order) -> {
                String[][] keys = {{"TOTAL", "ALL"}, {"CHANNEL", order.channel().name()},
                        {"REGION", order.shippingAddress().province()}, {"STATUS", status.get(id)}};
                PaymentRecordedEvent payment = payments.get(id);
                if (payment != null) {
                    LocalDate day = clock.dayOf(payment.paidAt());
                    int units = lines.get(id).stream().mapToInt(OrderLine::quantity).sum();
                    for (String[] key : keys) {
                        expected.add(new RollupKey(key[0], day, key[1]), 1, units, payment.amount().amount(), BigDecimal.ZERO);
                    }
                    lines.get(id).stream().map(OrderLine::category).distinct().forEach(category -> {
                        List<OrderLine> of = lines.get(id).stream().filter(line -> line.category().equals(category)).toList();
                        expected.add(new RollupKey("CATEGORY", day, category), 1, of.stream().mapToInt(OrderLine::quantity).sum(),
                                of.stream().map(line -> line.lineTotal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                                BigDecimal.ZERO);
                    });
                    for (OrderLine line : lines.get(id)) {
                        expected.products.merge(new ProductKey(day, line.sku()),
                                List.of((long) line.quantity(), line.lineTotal().amount()),
                                (a, b) -> List.of((long) a.get(0) + (long) b.get(0), ((BigDecimal) a.get(1)).add((BigDecimal) b.get(1))));
                    }
                }
                for (RefundCompletedEvent refund : refunds.getOrDefault(id, List.of())) {
                    LocalDate day = clock.dayOf(refund.completedAt());
                    for (String[] key : keys) {
                        expected.add(new RollupKey(key[0], day, key[1]), 0, 0, BigDecimal.ZERO, refund.amount().amount());
                    }
                    // A refund of named skus belongs to their lines' category; one of the whole order is split by value.
                    List<OrderLine> refunded = lines.get(id).stream().filter(line -> refund.skus().contains(line.sku())).toList();
                    String category = (refunded.isEmpty() ? lines.get(id) : refunded).stream().map(OrderLine::category)
                            .distinct().reduce((a, b) -> "*").orElseThrow();
                    if (!category.equals("*")) {
                        expected.add(new RollupKey("CATEGORY", day, category), 0, 0, BigDecimal.ZERO, refund.amount().amount());
                    } else {
                        expected.addSplit(day, refund, lines.get(id));
                    }
                }
            });
            expected.sales.values().removeIf(SalesMeasures::isZero);
            return expected;
        }

        private void add(RollupKey key, int orders, long units, BigDecimal gmv, BigDecimal refunded) {
            sales.merge(key, new SalesMeasures(orders, units, gmv.setScale(2), refunded.setScale(2)), SalesMeasures::plus);
        }

        /** The split of a whole-order refund over several categories, by value, to the cent (largest remainders first). */
        private void addSplit(LocalDate day, RefundCompletedEvent refund, List<OrderLine> lines) {
            Map<String, BigDecimal> value = new TreeMap<>();
            lines.forEach(line -> value.merge(line.category(), line.lineTotal().amount(), BigDecimal::add));
            BigDecimal whole = value.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long cents = refund.amount().amount().movePointRight(2).longValueExact();
            Map<String, Long> floor = new TreeMap<>();
            Map<String, Double> remainder = new TreeMap<>();
            value.forEach((category, v) -> {
                BigDecimal exact = v.multiply(BigDecimal.valueOf(cents)).divide(whole, 12, java.math.RoundingMode.DOWN);
                floor.put(category, exact.longValue());
                remainder.put(category, exact.subtract(BigDecimal.valueOf(exact.longValue())).doubleValue());
            });
            long left = cents - floor.values().stream().mapToLong(Long::longValue).sum();
            remainder.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(left).forEach(entry -> floor.merge(entry.getKey(), 1L, Long::sum));
            floor.forEach((category, share) -> add(new RollupKey("CATEGORY", day, category), 0, 0, BigDecimal.ZERO,
                    BigDecimal.valueOf(share, 2)));
        }
    }
}
