package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ApproveOrderCommand;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordPaymentFailureCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.RejectOrderCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One order's life, step by step in simulated time, each step sent by the member of staff whose job it is
 * (ORD-1..ORD-12): placed by a clerk; paid within minutes through the payment provider (recorded by
 * finance), sometimes after a failed attempt or a wrong amount, sometimes changed first, cancelled or never
 * paid (the payment deadline cancels it); reviewed by a clerk when large; shipped by the warehouse within
 * a day or so; tracked to the door over a few days, now and then with a logistics exception that customer
 * service resolves (or lets escalate); then confirmed, left to complete by itself, returned or refunded.
 * Cash-on-delivery orders skip payment and are paid at the door.
 *
 * <p>A step the order refuses (rejected for stock, say) ends the story there: the refusal is counted.
 */
final class OrderStory {

    private static final int[] LINE_COUNT_WEIGHTS = {55, 25, 12, 6, 2};
    private static final String[] PAYMENT_FAILURES = {"card declined", "insufficient balance",
            "bank authentication failed", "payment session expired"};
    private static final String[] CANCEL_REASONS = {"customer changed their mind", "ordered by mistake",
            "found a better price", "duplicate order"};
    private static final String[] REVIEW_REJECTIONS = {"suspected fraud: payer and recipient do not match",
            "business customer could not be verified"};
    private static final String[] EXPRESS_CARRIERS = {"SF Express", "JD Logistics"};
    private static final String[] STANDARD_CARRIERS = {"ZTO Express", "YTO Express", "STO Express", "Yunda Express",
            "China Post EMS", "JD Logistics"};
    private static final String[] SIGNERS = {"front desk", "parcel locker", "neighbour", "building security"};
    private static final Set<String> NON_RETURNABLE = Set.of("FOOD", "COSMETICS", "UNDERWEAR", "PERSONAL_CARE",
            "CUSTOM");

    private final World world;
    private final Random random;
    private final Outcomes.Fate fate;
    private final String orderId = UUID.randomUUID().toString();
    private final Customer customer;
    private final Channel channel;
    private final PaymentMethod payment;
    private final DeliveryMethod delivery;
    private List<OrderLine> lines;
    private Money total;
    private Instant plannedOutForDelivery;

    private OrderStory(World world, Random random, Customer customer, Outcomes.Fate fate, Instant at) {
        this.world = world;
        this.random = random;
        this.fate = fate;
        this.customer = customer;
        this.channel = random.nextInt(10) < 8 ? customer.channel() : Channel.values()[random.nextInt(Channel.values().length)];
        if (fate.bulk()) {
            this.payment = PaymentMethod.BANK_TRANSFER;
            this.delivery = DeliveryMethod.FREIGHT;
            this.lines = List.of(bulkLine());
        } else {
            this.payment = random.nextInt(10) < 9 ? customer.payment()
                    : Weighted.pick(random, new int[] {7, 1, 2}, PaymentMethod.ONLINE, PaymentMethod.BANK_TRANSFER,
                    PaymentMethod.BALANCE);
            this.delivery = Weighted.pick(random, new int[] {62, 28, 10}, DeliveryMethod.STANDARD,
                    DeliveryMethod.EXPRESS, DeliveryMethod.PICKUP);
            this.lines = basket(at.atZone(ZoneOffset.UTC).getMonth());
        }
        this.total = totalOf(lines);
    }

    /**
     * A new order by {@code customer} at {@code at}, on a chain of its own, living out {@code fate} (a bulk
     * order is a business buying a dear product by the dozen).
     */
    static void begin(World world, Random random, Customer customer, Outcomes.Fate fate, Instant at) {
        OrderStory story = new OrderStory(world, random, customer, fate, at);
        world.agenda.chain(story.orderId).at(at, story::place);
    }

    private void place() {
        if (!world.actions.send(clerk(), new PlaceOrderCommand(orderId, customer.id(), channel, payment, delivery,
                customer.address(), lines, null))) {
            return;
        }
        world.stats.count("orders placed");
        if (payment == PaymentMethod.CASH_ON_DELIVERY) {
            world.after(minutes(5, 60), this::fulfilCashOnDelivery);
            return;
        }
        switch (fate.payment()) {
            case PAY -> world.after(minutes(1, 15), this::pay);
            case FAIL_THEN_PAY -> world.after(minutes(1, 8), () -> then(failPayment(), minutes(2, 10), this::pay));
            case MISMATCH_THEN_PAY -> world.after(minutes(2, 8), () -> then(payWrongAmount(), minutes(3, 12), this::pay));
            case MODIFY_THEN_PAY -> world.after(minutes(3, 12), () -> then(modify(), minutes(2, 10), this::pay));
            case CANCEL -> world.after(minutes(3, 25), this::cancel);
            case TIMEOUT -> world.stats.count("orders left unpaid (the payment deadline cancels them)");
        }
    }

    private void then(boolean done, Duration delay, Runnable next) {
        if (done) {
            world.after(delay, next);
        }
    }

    /** ORD-5: the provider reports a failed attempt; the order stays payable. */
    private boolean failPayment() {
        boolean recorded = world.actions.send(finance(), new RecordPaymentFailureCommand(orderId,
                PAYMENT_FAILURES[random.nextInt(PAYMENT_FAILURES.length)]));
        if (recorded) {
            world.stats.count("payment failures");
        }
        return recorded;
    }

    /** ORD-5: a transfer of the wrong amount is recorded as a mismatch and leaves the order unpaid. */
    private boolean payWrongAmount() {
        BigDecimal off = BigDecimal.valueOf(1 + random.nextInt(5000)).movePointLeft(2);
        Money wrong = new Money(total.amount().subtract(off).max(new BigDecimal("0.01")), total.currency());
        boolean recorded = world.actions.sendWaitingOn(finance(), new RecordPaymentCommand(orderId, payment, wrong,
                transactionRef()), Set.of("STOCK_NOT_RESERVED"));
        if (recorded) {
            world.stats.count("payment amount mismatches");
        }
        return recorded;
    }

    /** ORD-4: within the hour, the customer asks a clerk for one more of the first item, or to drop the last. */
    private boolean modify() {
        List<OrderLine> changed = new ArrayList<>(lines);
        if (changed.size() > 1 && random.nextBoolean()) {
            changed.removeLast();
        } else {
            OrderLine first = changed.getFirst();
            changed.set(0, new OrderLine(first.sku(), first.productName(), first.category(), first.unitPrice(),
                    first.quantity() + 1));
        }
        if (!world.actions.send(clerk(), new ModifyOrderLinesCommand(orderId, changed))) {
            return false;
        }
        world.stats.count("orders modified");
        lines = List.copyOf(changed);
        total = totalOf(lines);
        return true;
    }

    private void cancel() {
        if (world.actions.send(clerk(), new CancelOrderCommand(orderId,
                CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)]))) {
            world.stats.count("orders cancelled by the customer");
        }
    }

    /** ORD-5 (waiting while the fulfilment saga still reserves the stock, ORD-3), ORD-7. */
    private void pay() {
        if (!world.actions.sendWaitingOn(finance(), new RecordPaymentCommand(orderId, payment, total, transactionRef()),
                Set.of("STOCK_NOT_RESERVED"))) {
            return;
        }
        world.stats.count("orders paid");
        if (total.amount().compareTo(world.reviewThreshold().amount()) > 0) {
            world.stats.count("orders held for review");
            world.after(minutes(20, 240), this::review);
            return;
        }
        prepareShipment();
    }

    private void review() {
        if (fate.reviewApproved()) {
            if (world.actions.send(clerk(), new ApproveOrderCommand(orderId))) {
                world.stats.count("orders approved after review");
                prepareShipment();
            }
            return;
        }
        if (world.actions.send(clerk(), new RejectOrderCommand(orderId,
                REVIEW_REJECTIONS[random.nextInt(REVIEW_REJECTIONS.length)]))) {
            world.stats.count("orders rejected after review");
            // The order itself requests the full refund (ORD-7); finance finds it in the refund list.
            List<RefundView> refunds = world.readings.refundsOnce(orderId, found -> !found.isEmpty());
            refunds.forEach(refund -> RefundStory.follow(world, random, fate, orderId, refund.id()));
        }
    }

    /** ORD-6: a cash-on-delivery order goes to fulfilment once its stock is confirmed (or is rejected for stock). */
    private void fulfilCashOnDelivery() {
        OrderStatus status = world.readings.orderStatusOnce(orderId, current -> current != OrderStatus.PENDING_PAYMENT)
                .orElse(OrderStatus.PENDING_PAYMENT);
        if (status == OrderStatus.PAID) {
            world.after(shippingDelay(), this::ship);
        }
    }

    private void prepareShipment() {
        if (fate.refundBeforeShipping()) {
            // ORD-8: refunded in full before it ships, the order ends CANCELLED and its stock is released.
            world.after(minutes(10, 180), () -> RefundStory.request(world, random, fate, orderId,
                    RefundReason.CUSTOMER_REQUEST, total, List.of(), false, "cancelled after paying, before shipping",
                    false));
            return;
        }
        world.after(shippingDelay(), this::ship);
    }

    private Duration shippingDelay() {
        return delivery == DeliveryMethod.EXPRESS ? minutes(60, 6 * 60) : minutes(3 * 60, 30 * 60);
    }

    /** ORD-9. */
    private void ship() {
        String carrier = delivery == DeliveryMethod.EXPRESS ? EXPRESS_CARRIERS[random.nextInt(EXPRESS_CARRIERS.length)]
                : delivery == DeliveryMethod.FREIGHT ? "Deppon Logistics"
                : STANDARD_CARRIERS[random.nextInt(STANDARD_CARRIERS.length)];
        String trackingNumber = carrier.substring(0, 2).toUpperCase() + "%012d".formatted(random.nextLong(1_000_000_000_000L));
        if (!world.actions.send(warehouse(), new ShipOrderCommand(orderId, carrier, trackingNumber))) {
            return;
        }
        world.stats.count("orders shipped");
        world.after(minutes(30, 180), () -> track(TrackingStatus.OUT_OF_WAREHOUSE, warehouseCity(), this::inTransit));
    }

    /** ORD-10: a tracking event, then the next step after a while. */
    private void track(TrackingStatus status, String location, Runnable next) {
        if (world.actions.send(warehouse(), new RecordTrackingEventCommand(orderId, status, location, null, null))) {
            world.stats.count("tracking events");
            next.run();
        }
    }

    private void inTransit() {
        world.after(minutes(3 * 60, 12 * 60), () -> track(TrackingStatus.IN_TRANSIT, "sorting centre, "
                + customer.address().city(), () -> {
            plannedOutForDelivery = world.now().plus(transitTime());
            if (fate.exception() != null) {
                Duration untilDelivery = Duration.between(world.now(), plannedOutForDelivery);
                world.after(Duration.ofMinutes(30 + random.nextLong(Math.max(1, untilDelivery.toMinutes() / 2))),
                        () -> new ExceptionStory(world, random, fate, orderId, this).report());
            } else {
                Chain.current().at(plannedOutForDelivery, this::outForDelivery);
            }
        }));
    }

    private Duration transitTime() {
        int days = customer.province().transitDays() + (delivery == DeliveryMethod.FREIGHT ? 2 : 0)
                - (delivery == DeliveryMethod.EXPRESS ? 1 : 0);
        return Duration.ofHours(Math.max(1, days) * 24L - 12 + random.nextInt(12));
    }

    /** After a logistics exception: delivery goes on, {@code delay} later than planned (and not before an hour from now). */
    void resumeDelivery(Duration delay) {
        Instant planned = plannedOutForDelivery.plus(delay);
        Instant earliest = world.now().plus(Duration.ofHours(1));
        Chain.current().at(planned.isAfter(earliest) ? planned : earliest, this::outForDelivery);
    }

    private void outForDelivery() {
        track(TrackingStatus.OUT_FOR_DELIVERY, customer.address().city(), () -> world.after(minutes(60, 6 * 60),
                this::deliver));
    }

    /** ORD-10, ORD-6 (cash on delivery is paid at the door), ORD-11. */
    private void deliver() {
        String signer = random.nextInt(4) < 3 ? customer.address().recipient() : SIGNERS[random.nextInt(SIGNERS.length)];
        if (!world.actions.send(warehouse(), new RecordTrackingEventCommand(orderId, TrackingStatus.DELIVERED,
                customer.address().city(), null, signer))) {
            return;
        }
        world.stats.count("orders delivered");
        switch (fate.afterDelivery()) {
            case CONFIRM -> confirmReceiptLater();
            case AUTO_COMPLETE -> world.stats.count("orders left to complete by themselves");
            case RETURN -> returnLater();
            case QUALITY_RETURN -> world.after(minutes(24 * 60, 6 * 24 * 60), () -> {
                OrderLine line = lines.get(random.nextInt(lines.size()));
                RefundStory.request(world, random, fate, orderId, RefundReason.QUALITY_ISSUE, line.lineTotal(),
                        List.of(line.sku()), true, "arrived faulty", true);
            });
            case LATE_QUALITY_REFUND -> world.after(minutes(10 * 24 * 60, 40 * 24 * 60), () -> {
                OrderLine line = lines.get(random.nextInt(lines.size()));
                RefundStory.request(world, random, fate, orderId, RefundReason.QUALITY_ISSUE,
                        share(line.lineTotal(), 20 + random.nextInt(31)), List.of(line.sku()), false,
                        "stopped working after a few weeks; partial refund agreed", true);
            });
        }
    }

    private void confirmReceiptLater() {
        world.after(minutes(6 * 60, 6 * 24 * 60), () -> {
            if (world.actions.send(service(), new ConfirmReceiptCommand(orderId))) {
                world.stats.count("receipts confirmed");
            }
        });
    }

    /** REF-5: goods of returnable categories go back within the return window; otherwise the customer just confirms. */
    private void returnLater() {
        List<OrderLine> returnable = lines.stream().filter(line -> !NON_RETURNABLE.contains(line.category())).toList();
        if (returnable.isEmpty()) {
            confirmReceiptLater();
            return;
        }
        List<OrderLine> returned = random.nextBoolean() ? returnable : List.of(returnable.getFirst());
        world.after(minutes(24 * 60, 6 * 24 * 60), () -> RefundStory.request(world, random, fate, orderId,
                RefundReason.CUSTOMER_REQUEST, totalOf(returned), returned.stream().map(OrderLine::sku).toList(),
                true, random.nextBoolean() ? "does not fit" : "not as described", true));
    }

    Money total() {
        return total;
    }

    boolean paidUpFront() {
        return payment != PaymentMethod.CASH_ON_DELIVERY;
    }

    List<OrderLine> lines() {
        return lines;
    }

    private List<OrderLine> basket(Month month) {
        int count = 1 + Weighted.pick(random, LINE_COUNT_WEIGHTS, 0, 1, 2, 3, 4);
        List<OrderLine> basket = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        while (basket.size() < count) {
            Product product = Weighted.pick(random, world.catalogue.products(), candidate -> candidate.popularityIn(month));
            if (!skus.contains(product.sku())) {
                skus.add(product.sku());
                int roll = random.nextInt(10);
                basket.add(product.line(roll < 7 ? 1 : roll < 9 ? 2 : 3 + random.nextInt(3)));
            }
        }
        return List.copyOf(basket);
    }

    private OrderLine bulkLine() {
        List<Product> bulk = world.catalogue.bulkProducts();
        Product product = bulk.get(random.nextInt(bulk.size()));
        int atThreshold = world.reviewThreshold().amount().divide(product.price().amount(), 0, RoundingMode.CEILING)
                .intValue();
        return product.line(atThreshold + random.nextInt(4));
    }

    private String warehouseCity() {
        return switch (customer.province().nearestWarehouse()) {
            case "WH-GUANGZHOU" -> "Guangzhou";
            case "WH-BEIJING" -> "Beijing";
            case "WH-CHENGDU" -> "Chengdu";
            default -> "Shanghai";
        };
    }

    private String transactionRef() {
        String provider = switch (payment) {
            case BANK_TRANSFER -> "BANK";
            case BALANCE -> "BAL";
            default -> random.nextBoolean() ? "ALIPAY" : "WXPAY";
        };
        return provider + "-" + UUID.randomUUID();
    }

    private Duration minutes(long from, long to) {
        return World.minutes(random, from, to);
    }

    private Staff.Member clerk() {
        return world.staff.anyone(Staff.Role.ORDER_CLERK, random);
    }

    private Staff.Member finance() {
        return world.staff.anyone(Staff.Role.FINANCE, random);
    }

    private Staff.Member warehouse() {
        return world.staff.anyone(Staff.Role.WAREHOUSE, random);
    }

    private Staff.Member service() {
        return world.staff.anyone(Staff.Role.CUSTOMER_SERVICE, random);
    }

    static Money totalOf(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    /** {@code percent} of {@code amount}, to the fen. */
    static Money share(Money amount, int percent) {
        return new Money(amount.amount().multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP), amount.currency());
    }
}
