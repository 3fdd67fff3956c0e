package io.ledgerline.reporting.sales;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
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
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A simulated workload of order lives as the Order and Refund aggregates record them: placements (some modified),
 * online and cash-on-delivery payments, reviews, cancellations, shipping, delivery, completion and refunds, spread
 * over a few days around midnights. Events come out in time order, as the event store would hold them.
 */
final class SalesWorkload {

    private static final String[][] PRODUCTS = {
            {"TEA-1", "Longjing tea", "FOOD", "88.00"}, {"CUP-1", "Celadon cup", "KITCHEN", "19.90"},
            {"POT-1", "Yixing teapot", "KITCHEN", "129.00"}, {"SCARF-1", "Silk scarf", "APPAREL", "259.50"},
            {"SOAP-1", "Camellia soap", "PERSONAL_CARE", "12.35"}};
    private static final String[] PROVINCES = {"Zhejiang", "Jiangsu", "Guangdong", "Sichuan"};

    private final Random random;
    private final Instant start;
    private final List<Timed> events = new ArrayList<>();

    SalesWorkload(long seed, Instant start) {
        this.random = new Random(seed);
        this.start = start;
    }

    List<Object> orders(int count) {
        for (int i = 0; i < count; i++) {
            order();
        }
        return events.stream().sorted(Comparator.comparing(Timed::at)).map(Timed::event).toList();
    }

    private void order() {
        String id = UUID.randomUUID().toString();
        Instant at = start.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
        boolean cashOnDelivery = random.nextInt(5) == 0;
        List<OrderLine> lines = lines();
        add(at, new OrderPlacedEvent(id, "SO-" + id, "c-" + random.nextInt(20),
                Channel.values()[random.nextInt(Channel.values().length)],
                cashOnDelivery ? PaymentMethod.CASH_ON_DELIVERY : PaymentMethod.ONLINE, DeliveryMethod.STANDARD,
                new Address("r", "1", PROVINCES[random.nextInt(PROVINCES.length)], "c", "l", "p"), lines, total(lines), 3, at));
        if (!cashOnDelivery && random.nextInt(4) == 0) {
            List<OrderLine> changed = lines();
            at = at.plusSeconds(60);
            add(at, new OrderLinesModifiedEvent(id, lines, changed, total(changed), 2, at));
            lines = changed;
        }
        Money total = total(lines);
        if (cashOnDelivery) {
            add(at = at.plusSeconds(1), new OrderReadyForFulfilmentEvent(id, "CASH_ON_DELIVERY"));
            if (random.nextInt(6) == 0) {
                add(at.plusSeconds(600), new OrderCancelledEvent(id, CancellationCause.REQUESTED, "customer changed mind", at.plusSeconds(600)));
                return;
            }
            at = ship(id, at);
            at = at.plus(Duration.ofHours(random.nextInt(30)));
            add(at, new OrderDeliveredEvent(id, "signer", at));
            add(at, new PaymentRecordedEvent(id, PaymentMethod.CASH_ON_DELIVERY, total, "COD-" + id, at));
            complete(id, at, lines, total);
            return;
        }
        if (random.nextInt(4) == 0) {
            add(at.plus(Duration.ofMinutes(30)), new OrderCancelledEvent(id, CancellationCause.PAYMENT_TIMEOUT, "PAYMENT_TIMEOUT", at.plus(Duration.ofMinutes(30))));
            return;
        }
        at = at.plus(Duration.ofMinutes(random.nextInt(600)));
        add(at, new PaymentRecordedEvent(id, PaymentMethod.ONLINE, total, "TX-" + id, at));
        if (random.nextInt(8) == 0) {
            add(at, new OrderHeldForReviewEvent(id, total, Money.of("10000.00")));
            if (random.nextBoolean()) {
                add(at = at.plusSeconds(300), new OrderRejectedEvent(id, "REVIEW_REJECTED", List.of(), "fraud", at));
                add(at = at.plus(Duration.ofHours(random.nextInt(20))), refund(id, total, List.of(), at));
                return;
            }
            at = at.plusSeconds(300);
        }
        add(at, new OrderReadyForFulfilmentEvent(id, "PAID"));
        if (random.nextInt(8) == 0) {
            add(at = at.plus(Duration.ofHours(random.nextInt(20))), refund(id, total, List.of(), at));
            add(at, new OrderCancelledEvent(id, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", at));
            return;
        }
        at = ship(id, at);
        at = at.plus(Duration.ofHours(random.nextInt(30)));
        add(at, new OrderDeliveredEvent(id, "signer", at));
        complete(id, at, lines, total);
    }

    private Instant ship(String id, Instant after) {
        Instant at = after.plus(Duration.ofMinutes(random.nextInt(600)));
        add(at, new OrderShippedEvent(id, "SF", "SF-" + id, List.of(), at));
        return at;
    }

    private void complete(String id, Instant deliveredAt, List<OrderLine> lines, Money total) {
        Instant at = deliveredAt;
        if (random.nextInt(3) == 0) {
            OrderLine line = lines.get(random.nextInt(lines.size()));
            add(at = at.plus(Duration.ofHours(random.nextInt(40))), refund(id, line.lineTotal(), List.of(line.sku()), at));
        }
        if (random.nextBoolean()) {
            at = at.plus(Duration.ofHours(random.nextInt(40)));
            add(at, new OrderCompletedEvent(id, "CUSTOMER_CONFIRMED", at));
        }
    }

    private static RefundCompletedEvent refund(String orderId, Money amount, List<String> skus, Instant at) {
        return new RefundCompletedEvent(UUID.randomUUID().toString(), orderId, amount, false, skus, at);
    }

    private List<OrderLine> lines() {
        List<OrderLine> lines = new ArrayList<>();
        int first = random.nextInt(PRODUCTS.length);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] product = PRODUCTS[(first + i) % PRODUCTS.length];
            lines.add(new OrderLine(product[0], product[1], product[2], Money.of(product[3]), 1 + random.nextInt(4)));
        }
        return lines;
    }

    private static Money total(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    private void add(Instant at, Object event) {
        events.add(new Timed(at, events.size(), event));
    }

    private record Timed(Instant at, int order, Object event) {
    }
}
