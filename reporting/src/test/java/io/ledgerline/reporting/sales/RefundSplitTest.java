package io.ledgerline.reporting.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundSplitTest {

    private static final List<SoldLine> LINES = List.of(
            new SoldLine("TEA", "Longjing tea", "FOOD", 2, new BigDecimal("100.00")),
            new SoldLine("CUP", "Tea cup", "KITCHEN", 1, new BigDecimal("50.00")),
            new SoldLine("POT", "Teapot", "KITCHEN", 1, new BigDecimal("50.00")));

    @Test
    @DisplayName("ANA-2: a refund naming no skus is split over every line's category by value")
    void wholeOrder() {
        assertThat(RefundSplit.byCategory(new BigDecimal("40.00"), List.of(), LINES))
                .isEqualTo(Map.of("FOOD", new BigDecimal("20.00"), "KITCHEN", new BigDecimal("20.00")));
    }

    @Test
    @DisplayName("ANA-2: a refund naming skus goes to the categories of those lines only")
    void namedSkus() {
        assertThat(RefundSplit.byCategory(new BigDecimal("30.00"), List.of("CUP"), LINES))
                .isEqualTo(Map.of("KITCHEN", new BigDecimal("30.00")));
    }

    @Test
    @DisplayName("ANA-2: skus the order does not have are ignored, and the cents always add up to the refund")
    void centsAddUp() {
        List<SoldLine> thirds = List.of(new SoldLine("A", "a", "X", 1, new BigDecimal("1.00")),
                new SoldLine("B", "b", "Y", 1, new BigDecimal("1.00")), new SoldLine("C", "c", "Z", 1, new BigDecimal("1.00")));

        Map<String, BigDecimal> parts = RefundSplit.byCategory(new BigDecimal("0.02"), List.of("UNKNOWN"), thirds);

        assertThat(parts).isEqualTo(Map.of("X", new BigDecimal("0.01"), "Y", new BigDecimal("0.01"), "Z", new BigDecimal("0.00")));
        assertThat(RefundSplit.byCategory(new BigDecimal("100.00"), List.of(), thirds).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
    }
}
