package io.ledgerline.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.app.reporting.StoredEvents.Stored;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The reports of docs/metrics.md computed directly from the stored events, order by order and event by event, with
 * no rollups: the oracle the report queries are compared with. Rows come out in the shape of the GraphQL answers
 * (money as the two-decimal strings GraphQL writes).
 */
final class DirectReports {

    private final ZoneId zone;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Exception> exceptions = new LinkedHashMap<>();
    private final Map<String, Sku> skus = new TreeMap<>();
    private final List<Stocktake> stocktakes = new ArrayList<>();

    DirectReports(List<Stored> events, ZoneId zone) {
        this.zone = zone;
        events.forEach(this::apply);
    }

    // ---------------------------------------------------------------- sales

    Map<String, Object> summary(LocalDate from, LocalDate to) {
        return figures(paidIn(from, to), refundsIn(from, to, refund -> true));
    }

    List<Map<String, Object>> overTime(LocalDate from, LocalDate to, String granularity) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (LocalDate bucket = bucketOf(from, granularity); bucket.isBefore(to); bucket = next(bucket, granularity)) {
            LocalDate start = bucket.isBefore(from) ? from : bucket;
            LocalDate end = next(bucket, granularity).isAfter(to) ? to : next(bucket, granularity);
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("period", bucket.atStartOfDay(zone).toInstant().toString());
            point.putAll(summary(start, end));
            points.add(point);
        }
        return points;
    }

    List<Map<String, Object>> breakdown(LocalDate from, LocalDate to, String dimension) {
        BigDecimal total = sum(paidIn(from, to).stream().map(order -> order.paidAmount));
        Map<String, List<Order>> sold = new TreeMap<>();
        Map<String, BigDecimal> refunded = new TreeMap<>();
        Map<String, Integer> units = new TreeMap<>();
        Map<String, BigDecimal> gmv = new TreeMap<>();
        for (Order order : paidIn(from, to)) {
            if (dimension.equals("CATEGORY")) {
                order.lines.stream().collect(Collectors.groupingBy(line -> line.category, TreeMap::new, Collectors.toList()))
                        .forEach((category, lines) -> {
                            sold.computeIfAbsent(category, key -> new ArrayList<>()).add(order);
                            units.merge(category, lines.stream().mapToInt(line -> line.quantity).sum(), Integer::sum);
                            gmv.merge(category, sum(lines.stream().map(line -> line.total)), BigDecimal::add);
                        });
            } else {
                String key = order.key(dimension);
                sold.computeIfAbsent(key, k -> new ArrayList<>()).add(order);
                units.merge(key, order.units(), Integer::sum);
                gmv.merge(key, order.paidAmount, BigDecimal::add);
            }
        }
        for (Order order : orders.values()) {
            for (Refund refund : order.refunds) {
                if (in(refund.completedAt, from, to)) {
                    if (dimension.equals("CATEGORY")) {
                        order.refundByCategory(refund).forEach((category, part) -> refunded.merge(category, part, BigDecimal::add));
                    } else {
                        refunded.merge(order.key(dimension), refund.amount, BigDecimal::add);
                    }
                }
            }
        }
        List<String> keys = new ArrayList<>(sold.keySet());
        refunded.keySet().stream().filter(key -> !sold.containsKey(key)).forEach(keys::add);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys) {
            int orderCount = sold.getOrDefault(key, List.of()).size();
            BigDecimal value = gmv.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal back = refunded.getOrDefault(key, BigDecimal.ZERO);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", key);
            row.put("orders", orderCount);
            row.put("units", units.getOrDefault(key, 0));
            row.put("gmv", money(value));
            row.put("averageOrderValue", money(orderCount == 0 ? BigDecimal.ZERO
                    : value.divide(BigDecimal.valueOf(orderCount), 2, RoundingMode.HALF_UP)));
            row.put("refunded", money(back));
            row.put("refundRate", ratio(back, value));
            row.put("share", ratio(value, total));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> row) -> new BigDecimal((String) row.get("gmv"))).reversed()
                .thenComparing(row -> (String) row.get("key")));
        return rows;
    }

    /** Every sku sold in the period, best first by revenue or units. */
    List<Map<String, Object>> topProducts(LocalDate from, LocalDate to, String by) {
        Map<String, long[]> units = new TreeMap<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Instant> named = new HashMap<>();
        for (Order order : paidIn(from, to)) {
            for (Line line : order.lines) {
                units.computeIfAbsent(line.sku, sku -> new long[1])[0] += line.quantity;
                revenue.merge(line.sku, line.total, BigDecimal::add);
                if (!named.containsKey(line.sku) || !dayOf(order.paidAt).isBefore(dayOf(named.get(line.sku)))) {
                    names.put(line.sku, line.name);
                    named.put(line.sku, order.paidAt);
                }
            }
        }
        Comparator<String> byRevenue = Comparator.comparing(revenue::get);
        Comparator<String> byUnits = Comparator.comparingLong(sku -> units.get(sku)[0]);
        Comparator<String> order = (by.equals("REVENUE") ? byRevenue.thenComparing(byUnits) : byUnits.thenComparing(byRevenue))
                .reversed().thenComparing(Function.identity());
        return units.keySet().stream().sorted(order).map(sku -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sku", sku);
            row.put("productName", names.get(sku));
            row.put("units", (int) units.get(sku)[0]);
            row.put("revenue", money(revenue.get(sku)));
            return row;
        }).toList();
    }

    private Map<String, Object> figures(List<Order> paid, List<Refund> refunds) {
        BigDecimal gmv = sum(paid.stream().map(order -> order.paidAmount));
        BigDecimal refunded = sum(refunds.stream().map(refund -> refund.amount));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("orders", paid.size());
        figures.put("units", paid.stream().mapToInt(Order::units).sum());
        figures.put("gmv", money(gmv));
        figures.put("averageOrderValue", money(paid.isEmpty() ? BigDecimal.ZERO
                : gmv.divide(BigDecimal.valueOf(paid.size()), 2, RoundingMode.HALF_UP)));
        figures.put("refunded", money(refunded));
        figures.put("refundRate", ratio(refunded, gmv));
        return figures;
    }

    private List<Order> paidIn(LocalDate from, LocalDate to) {
        return orders.values().stream().filter(order -> order.paidAt != null && in(order.paidAt, from, to)).toList();
    }

    private List<Refund> refundsIn(LocalDate from, LocalDate to, Predicate<Order> orderFilter) {
        return orders.values().stream().filter(orderFilter).flatMap(order -> order.refunds.stream())
                .filter(refund -> in(refund.completedAt, from, to)).toList();
    }

    // ---------------------------------------------------------------- logistics

    List<Map<String, Object>> logistics(LocalDate from, LocalDate to) {
        List<String> types = List.of("DELAYED", "LOST", "DAMAGED", "MISDELIVERED", "TRACKING_INFO_ERROR");
        List<String> severities = List.of("MINOR", "MODERATE", "MAJOR");
        Map<String, List<Exception>> groups = exceptions.values().stream().filter(e -> in(e.reportedAt, from, to))
                .collect(Collectors.groupingBy(e -> e.type + "/" + e.severity));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String type : types) {
            for (String severity : severities) {
                List<Exception> group = groups.get(type + "/" + severity);
                if (group == null) {
                    continue;
                }
                List<Exception> resolved = group.stream().filter(e -> e.resolvedAt != null).toList();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", type);
                row.put("severity", severity);
                row.put("count", group.size());
                row.put("escalated", (int) group.stream().filter(e -> e.escalated).count());
                row.put("resolved", resolved.size());
                row.put("meanMinutesToResolve", resolved.isEmpty() ? null : BigDecimal.valueOf(resolved.stream()
                                .mapToLong(e -> e.resolvedAt.toEpochMilli() - e.reportedAt.toEpochMilli()).sum())
                        .divide(BigDecimal.valueOf(resolved.size() * 60_000L), 2, RoundingMode.HALF_UP).doubleValue());
                rows.add(row);
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- inventory

    List<Map<String, Object>> inventory(LocalDate from, LocalDate to) {
        Map<String, long[]> stock = new TreeMap<>(); // warehouse -> skus, onHand, reserved, available
        skus.values().forEach(sku -> sku.warehouses.forEach((warehouse, levels) -> {
            long[] sums = stock.computeIfAbsent(warehouse, w -> new long[4]);
            sums[0] += levels[0] > 0 ? 1 : 0;
            sums[1] += levels[0];
            sums[2] += levels[1];
            sums[3] += Math.max(0, levels[0] - levels[1]);
        }));
        Map<String, List<Stocktake>> counted = stocktakes.stream().filter(count -> in(count.at, from, to))
                .collect(Collectors.groupingBy(count -> count.warehouse));
        List<String> warehouses = new ArrayList<>(stock.keySet());
        counted.keySet().stream().filter(warehouse -> !stock.containsKey(warehouse)).forEach(warehouses::add);
        warehouses.sort(Comparator.naturalOrder());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String warehouse : warehouses) {
            long[] sums = stock.getOrDefault(warehouse, new long[4]);
            List<Stocktake> counts = counted.getOrDefault(warehouse, List.of());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("warehouse", warehouse);
            row.put("skus", (int) sums[0]);
            row.put("onHand", (int) sums[1]);
            row.put("reserved", (int) sums[2]);
            row.put("available", (int) sums[3]);
            row.put("reservedShare", ratio(BigDecimal.valueOf(sums[2]), BigDecimal.valueOf(sums[1])));
            row.put("stocktakes", counts.size());
            row.put("shortages", (int) counts.stream().filter(count -> count.difference < 0).count());
            row.put("surpluses", (int) counts.stream().filter(count -> count.difference > 0).count());
            row.put("unitsShort", -counts.stream().filter(count -> count.difference < 0).mapToInt(count -> count.difference).sum());
            row.put("unitsOver", counts.stream().filter(count -> count.difference > 0).mapToInt(count -> count.difference).sum());
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, Object>> lowStock() {
        return skus.values().stream().filter(sku -> sku.lowStock).map(sku -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sku", sku.sku);
            row.put("productName", sku.productName);
            row.put("available", sku.warehouses.values().stream().mapToInt(levels -> Math.max(0, levels[0] - levels[1])).sum());
            row.put("threshold", sku.threshold);
            return row;
        }).sorted(Comparator.comparing((Map<String, Object> row) -> (Integer) row.get("available"))
                .thenComparing(row -> (String) row.get("sku"))).toList();
    }

    // ---------------------------------------------------------------- reading the events

    private void apply(Stored event) {
        JsonNode e = event.payload();
        switch (event.type()) {
            case "OrderPlacedEvent" -> orders.put(text(e, "orderId"), new Order(e.get("channel").asText(),
                    e.get("shippingAddress").get("province").asText(), lines(e.get("lines"))));
            case "OrderLinesModifiedEvent" -> order(e).lines = lines(e.get("lines"));
            case "PaymentRecordedEvent" -> {
                Order order = order(e);
                if (order.paidAt == null) {
                    order.paidAt = Instant.parse(text(e, "paidAt"));
                    order.paidAmount = e.get("amount").get("amount").decimalValue();
                }
            }
            case "OrderReadyForFulfilmentEvent" -> order(e).status = "PAID";
            case "OrderHeldForReviewEvent" -> order(e).status = "AWAITING_REVIEW";
            case "OrderRejectedEvent" -> order(e).status = "REJECTED";
            case "OrderCancelledEvent" -> order(e).status = "CANCELLED";
            case "OrderShippedEvent" -> order(e).status = "SHIPPED";
            case "OrderDeliveredEvent" -> order(e).status = "DELIVERED";
            case "OrderCompletedEvent" -> order(e).status = "COMPLETED";
            case "RefundCompletedEvent" -> order(e).refunds.add(new Refund(e.get("amount").get("amount").decimalValue(),
                    texts(e.get("skus")), Instant.parse(text(e, "completedAt"))));
            case "LogisticsExceptionReportedEvent" -> exceptions.put(text(e, "exceptionId"), new Exception(text(e, "type"),
                    text(e, "severity"), Instant.parse(text(e, "reportedAt"))));
            case "LogisticsExceptionEscalatedEvent" -> exceptions.get(text(e, "exceptionId")).escalated = true;
            case "LogisticsExceptionResolvedEvent" -> exceptions.get(text(e, "exceptionId")).resolvedAt =
                    Instant.parse(text(e, "resolvedAt"));
            case "StockReceivedEvent" -> {
                Sku sku = sku(e);
                if (e.hasNonNull("productName")) {
                    sku.productName = text(e, "productName");
                }
                sku.levels(text(e, "warehouse"))[0] = e.get("onHand").asInt();
            }
            case "StockAdjustedEvent" -> sku(e).levels(text(e, "warehouse"))[0] = e.get("onHand").asInt();
            case "StockReservedEvent" -> e.get("allocations").forEach(part ->
                    sku(e).levels(text(part, "warehouse"))[1] += part.get("quantity").asInt());
            case "ReservationReleasedEvent" -> e.get("allocations").forEach(part ->
                    sku(e).levels(text(part, "warehouse"))[1] -= part.get("quantity").asInt());
            case "ReservedStockDeductedEvent" -> e.get("allocations").forEach(part -> {
                int[] levels = sku(e).levels(text(part, "warehouse"));
                levels[0] = Math.max(0, levels[0] - part.get("quantity").asInt());
                levels[1] -= part.get("quantity").asInt();
            });
            case "StocktakeRecordedEvent" -> {
                sku(e).levels(text(e, "warehouse"))[0] = e.get("counted").asInt();
                stocktakes.add(new Stocktake(text(e, "warehouse"), e.get("difference").asInt(),
                        Instant.parse(text(e, "countedAt"))));
            }
            case "StockTransferredEvent" -> {
                sku(e).levels(text(e, "fromWarehouse"))[0] -= e.get("quantity").asInt();
                sku(e).levels(text(e, "toWarehouse"))[0] += e.get("quantity").asInt();
            }
            case "ReturnedGoodsRestockedEvent" -> sku(e).levels(text(e, "warehouse"))[0] += e.get("quantity").asInt();
            case "WarehousePrioritySetEvent" -> sku(e).levels(text(e, "warehouse"));
            case "LowStockThresholdSetEvent" -> sku(e).threshold = e.get("threshold").asInt();
            case "LowStockAlertRaisedEvent" -> sku(e).lowStock = true;
            case "LowStockAlertClearedEvent" -> sku(e).lowStock = false;
            default -> {
            }
        }
    }

    private Order order(JsonNode event) {
        return orders.get(text(event, "orderId"));
    }

    private Sku sku(JsonNode event) {
        return skus.computeIfAbsent(text(event, "sku"), Sku::new);
    }

    private static List<Line> lines(JsonNode lines) {
        List<Line> result = new ArrayList<>();
        lines.forEach(line -> result.add(new Line(text(line, "sku"), text(line, "productName"), text(line, "category"),
                line.get("quantity").asInt(), line.get("unitPrice").get("amount").decimalValue()
                .multiply(BigDecimal.valueOf(line.get("quantity").asInt())))));
        return result;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private boolean in(Instant instant, LocalDate from, LocalDate to) {
        LocalDate day = dayOf(instant);
        return !day.isBefore(from) && day.isBefore(to);
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static LocalDate bucketOf(LocalDate day, String granularity) {
        return switch (granularity) {
            case "WEEK" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "MONTH" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private static LocalDate next(LocalDate bucket, String granularity) {
        return switch (granularity) {
            case "WEEK" -> bucket.plusWeeks(1);
            case "MONTH" -> bucket.plusMonths(1);
            default -> bucket.plusDays(1);
        };
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0.0 : part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
    }

    private static final class Order {
        final String channel;
        final String province;
        final List<Refund> refunds = new ArrayList<>();
        List<Line> lines;
        String status = "PENDING_PAYMENT";
        Instant paidAt;
        BigDecimal paidAmount;

        Order(String channel, String province, List<Line> lines) {
            this.channel = channel;
            this.province = province;
            this.lines = lines;
        }

        int units() {
            return lines.stream().mapToInt(line -> line.quantity).sum();
        }

        String key(String dimension) {
            return switch (dimension) {
                case "CHANNEL" -> channel;
                case "REGION" -> province;
                case "STATUS" -> status;
                default -> throw new IllegalArgumentException(dimension);
            };
        }

        /**
         * docs/metrics.md: a refund goes to the categories of the lines it names (all lines when it names none of
         * them), in proportion to their value, to the cent; leftover cents to the largest remainders, then by name.
         */
        Map<String, BigDecimal> refundByCategory(Refund refund) {
            List<Line> named = lines.stream().filter(line -> refund.skus.contains(line.sku)).toList();
            Map<String, BigDecimal> value = new TreeMap<>();
            (named.isEmpty() ? lines : named).forEach(line -> value.merge(line.category, line.total, BigDecimal::add));
            BigDecimal whole = value.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long cents = refund.amount.movePointRight(2).longValueExact();
            Map<String, Long> parts = new TreeMap<>();
            Map<String, BigDecimal> remainders = new TreeMap<>();
            value.forEach((category, v) -> {
                BigDecimal exact = v.multiply(BigDecimal.valueOf(cents)).divide(whole, 12, RoundingMode.DOWN);
                parts.put(category, exact.longValue());
                remainders.put(category, exact.subtract(BigDecimal.valueOf(exact.longValue())));
            });
            long left = cents - parts.values().stream().mapToLong(Long::longValue).sum();
            remainders.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(left).forEach(entry -> parts.merge(entry.getKey(), 1L, Long::sum));
            Map<String, BigDecimal> result = new TreeMap<>();
            parts.forEach((category, share) -> result.put(category, BigDecimal.valueOf(share, 2)));
            return result;
        }
    }

    private record Line(String sku, String name, String category, int quantity, BigDecimal total) {
    }

    private record Refund(BigDecimal amount, List<String> skus, Instant completedAt) {
    }

    private static final class Exception {
        final String type;
        final String severity;
        final Instant reportedAt;
        boolean escalated;
        Instant resolvedAt;

        Exception(String type, String severity, Instant reportedAt) {
            this.type = type;
            this.severity = severity;
            this.reportedAt = reportedAt;
        }
    }

    private static final class Sku {
        final String sku;
        final Map<String, int[]> warehouses = new TreeMap<>(); // warehouse -> onHand, reserved
        String productName;
        int threshold;
        boolean lowStock;

        Sku(String sku) {
            this.sku = sku;
        }

        int[] levels(String warehouse) {
            return warehouses.computeIfAbsent(warehouse, w -> new int[2]);
        }
    }

    private record Stocktake(String warehouse, int difference, Instant at) {
    }
}
