package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a refund across product categories (docs/metrics.md): in proportion to the value of the lines it refunds
 * (the lines of the skus it names, or every line when it names none or none of the order's), to the cent. Cents left
 * after rounding down go one each to the categories with the largest remainders, then by category name, so the parts
 * always add up to the refund exactly.
 */
final class RefundSplit {

    private RefundSplit() {
    }

    static Map<String, BigDecimal> byCategory(BigDecimal amount, List<String> skus, List<SoldLine> lines) {
        List<SoldLine> refunded = lines.stream().filter(line -> skus.contains(line.sku())).toList();
        Map<String, BigDecimal> weights = new TreeMap<>();
        (refunded.isEmpty() ? lines : refunded)
                .forEach(line -> weights.merge(line.category(), line.lineTotal(), BigDecimal::add));
        Map<String, BigDecimal> parts = new TreeMap<>();
        if (weights.isEmpty()) {
            return parts;
        }
        BigDecimal whole = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long cents = amount.movePointRight(2).longValueExact();
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            BigDecimal exact = whole.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(cents).multiply(weight.getValue()).divide(whole, 12, RoundingMode.DOWN);
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            shares.add(new Share(weight.getKey(), floor, exact.subtract(BigDecimal.valueOf(floor))));
            given += floor;
        }
        shares.sort(Comparator.comparing(Share::remainder).reversed().thenComparing(Share::category));
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            long extra = (cents - given) / shares.size() + (i < (cents - given) % shares.size() ? 1 : 0);
            parts.put(share.category(), BigDecimal.valueOf(share.cents() + extra, 2));
        }
        return parts;
    }

    private record Share(String category, long cents, BigDecimal remainder) {
    }
}
