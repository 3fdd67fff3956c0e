package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Money paid back for an order (REF-4), and the skus the refund named (none: the whole order). */
record CompletedRefund(String refundId, BigDecimal amount, List<String> skus, Instant completedAt) {

    CompletedRefund {
        skus = List.copyOf(skus);
    }
}
