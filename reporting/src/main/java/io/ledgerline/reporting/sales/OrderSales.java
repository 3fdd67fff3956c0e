package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one order contributes to the sales reports: its dimensions (channel, province, current status), its
 * lines, its payment (null until paid) and the refunds paid back for it. Immutable: each event makes a new one, and
 * the projection adds the difference of their {@link SalesContributions} to the rollups.
 */
record OrderSales(String orderId, String channel, String province, String status, List<SoldLine> lines,
                  Instant paidAt, BigDecimal paidAmount, List<CompletedRefund> refunds) {

    OrderSales {
        lines = List.copyOf(lines);
        refunds = List.copyOf(refunds);
    }

    boolean isPaid() {
        return paidAt != null;
    }

    OrderSales withLines(List<SoldLine> newLines) {
        return new OrderSales(orderId, channel, province, status, newLines, paidAt, paidAmount, refunds);
    }

    OrderSales withStatus(String newStatus) {
        return new OrderSales(orderId, channel, province, newStatus, lines, paidAt, paidAmount, refunds);
    }

    /** ORD-5: the first payment dates the sale; the aggregate accepts one payment of the total per order. */
    OrderSales paid(Instant at, BigDecimal amount) {
        Instant when = isPaid() ? paidAt : at;
        BigDecimal sum = isPaid() ? paidAmount.add(amount) : amount;
        return new OrderSales(orderId, channel, province, status, lines, when, sum, refunds);
    }

    /** A refund already recorded (a redelivered event) changes nothing. */
    OrderSales refunded(CompletedRefund refund) {
        if (refunds.stream().anyMatch(known -> known.refundId().equals(refund.refundId()))) {
            return this;
        }
        List<CompletedRefund> more = new ArrayList<>(refunds);
        more.add(refund);
        return new OrderSales(orderId, channel, province, status, lines, paidAt, paidAmount, more);
    }

    int units() {
        return lines.stream().mapToInt(SoldLine::quantity).sum();
    }
}
