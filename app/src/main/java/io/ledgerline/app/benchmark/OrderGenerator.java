package io.ledgerline.app.benchmark;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Plausible orders for the benchmark: a few thousand customers (some ordering far more than others), a
 * catalogue of 500 skus, 1-5 lines of distinct skus (mostly 1-2), the usual channels, payments and
 * deliveries. Order {@code i} always has the same content (seeded by {@code i}), so runs compare and the
 * raw baseline writes the same orders; only the order id is new, since stored events stay forever.
 * Customer ids start with {@code bench-} so benchmark orders can be told apart in a shared database.
 *
 * <p>With hot skus, that many of the catalogue's skus take {@code hotShare} of all lines (a sale day's few best
 * sellers): their inventory items get long event streams, which is what a test of cost as the store grows needs.
 */
final class OrderGenerator {

    static final int CATALOGUE_SIZE = 500;
    private static final long SEED = 0x1ED9E7L;
    private static final int CUSTOMERS = 5000;
    private static final String[] CATEGORIES = {"KITCHEN", "ELECTRONICS", "APPAREL", "BOOKS", "TOYS", "BEAUTY",
            "SPORTS", "GROCERY"};
    private static final String[] ADJECTIVES = {"Classic", "Compact", "Deluxe", "Everyday", "Organic", "Premium",
            "Travel", "Vintage"};
    private static final String[] PRODUCTS = {"teapot", "headphones", "jacket", "notebook", "puzzle", "serum",
            "racket", "green tea"}; // one per category, in the same order
    private static final Address[] ADDRESSES = {
            new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 West Lake Road", "310000"),
            new Address("Wang Fang", "13900000001", "Guangdong", "Shenzhen", "88 Shennan Avenue", "518000"),
            new Address("Zhang Min", "13700000002", "Shanghai", "Shanghai", "200 Nanjing Road", "200001"),
            new Address("Chen Jie", "13600000003", "Sichuan", "Chengdu", "12 Chunxi Road", "610000"),
            new Address("Liu Yang", "13500000004", "Beijing", "Beijing", "5 Wangfujing Street", "100006")};
    private static final int[] LINE_COUNT_WEIGHTS = {45, 25, 15, 10, 5}; // 1..5 lines

    private final List<OrderLine> catalogue;
    private final int hotSkus;
    private final double hotShare;

    OrderGenerator() {
        this(0, 0);
    }

    OrderGenerator(int hotSkus, double hotShare) {
        this.hotSkus = hotSkus;
        this.hotShare = hotSkus == 0 ? 0 : hotShare;
        SplittableRandom random = new SplittableRandom(SEED);
        List<OrderLine> skus = new ArrayList<>();
        for (int i = 1; i <= CATALOGUE_SIZE; i++) {
            int category = random.nextInt(CATEGORIES.length);
            String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + PRODUCTS[category];
            BigDecimal price = BigDecimal.valueOf(random.nextInt(500, 99_900)).movePointLeft(2)
                    .setScale(2, RoundingMode.UNNECESSARY);
            skus.add(new OrderLine("SKU-B%04d".formatted(i), name, CATEGORIES[category],
                    new Money(price, Money.DEFAULT_CURRENCY), 1));
        }
        catalogue = List.copyOf(skus);
    }

    /** The products orders are drawn from (one line per sku, quantity 1). */
    List<OrderLine> catalogue() {
        return catalogue;
    }

    PlaceOrderCommand order(int i) {
        SplittableRandom random = new SplittableRandom(SEED * 31 + i);
        // Squaring skews towards low numbers: a few customers place many of the orders.
        double skew = random.nextDouble();
        String customer = "bench-customer-%04d".formatted((int) (skew * skew * CUSTOMERS));
        Channel channel = pick(random, Channel.values(), 40, 30, 15, 5, 10);
        PaymentMethod payment = pick(random, PaymentMethod.values(), 70, 5, 15, 10);
        DeliveryMethod delivery = pick(random, DeliveryMethod.values(), 60, 25, 5, 10);
        return new PlaceOrderCommand(UUID.randomUUID().toString(), customer, channel, payment, delivery,
                ADDRESSES[random.nextInt(ADDRESSES.length)], lines(random), null);
    }

    private List<OrderLine> lines(SplittableRandom random) {
        int count = 1 + weightedIndex(random, LINE_COUNT_WEIGHTS);
        Set<Integer> skus = new LinkedHashSet<>();
        while (skus.size() < count) {
            boolean hot = random.nextDouble() < hotShare && skus.stream().filter(sku -> sku < hotSkus).count() < hotSkus;
            skus.add(hot ? random.nextInt(hotSkus) : hotSkus + random.nextInt(catalogue.size() - hotSkus));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int sku : skus) {
            OrderLine product = catalogue.get(sku);
            int quantity = random.nextInt(10) < 8 ? 1 + random.nextInt(3) : 4 + random.nextInt(7);
            lines.add(new OrderLine(product.sku(), product.productName(), product.category(), product.unitPrice(),
                    quantity));
        }
        return lines;
    }

    private static <T> T pick(SplittableRandom random, T[] values, int... weights) {
        if (values.length != weights.length) {
            throw new IllegalStateException("one weight per value: " + List.of(values));
        }
        return values[weightedIndex(random, weights)];
    }

    private static int weightedIndex(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
