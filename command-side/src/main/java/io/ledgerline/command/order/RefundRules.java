package io.ledgerline.command.order;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.common.Violation;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.RefundReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * REF-1 (a paid order, a reason, a positive amount, skus of the order), REF-2 (non-rejected refunds never
 * exceed what was paid) and REF-5 (returns within the window after delivery, except non-returnable
 * categories unless for a quality issue). Decided by the order, which sees every refund of it in order,
 * so the ceiling holds under concurrent requests.
 */
final class RefundRules {

    /** REF-5: categories whose goods are not taken back except for a quality issue. */
    static final Set<String> NON_RETURNABLE = Set.of("FOOD", "COSMETICS", "UNDERWEAR", "PERSONAL_CARE", "CUSTOM");

    /** REF-1: a refund is for an order from PAID on (a review rejection refunds a paid order too). */
    private static final Set<OrderStatus> REFUNDABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.AWAITING_REVIEW,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REJECTED);

    private RefundRules() {
    }

    static List<Violation> check(RequestRefundCommand command, OrderStatus status, Money paid, Money allocated,
                                 List<OrderLine> lines, Instant deliveredAt, OrderSettings settings, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (command.refundId() == null || command.refundId().isBlank()) {
            violations.add(Violation.of("refundId", "REQUIRED", "a refund id is required"));
        }
        if (command.reason() == null) {
            violations.add(Violation.of("reason", "REQUIRED", "a refund reason is required"));
        }
        if (!REFUNDABLE.contains(status) || !paid.isPositive()) {
            violations.add(Violation.state("ORDER_NOT_PAID", "only a paid order can be refunded (this one is " + status + ")"));
            return violations;
        }
        if (command.amount() == null || !command.amount().isPositive()) {
            violations.add(Violation.of("amount", "INVALID_AMOUNT", "the refund amount must be greater than 0"));
        } else if (!command.amount().currency().equals(paid.currency())) {
            violations.add(Violation.of("amount", "WRONG_CURRENCY", "the order was paid in " + paid.currency()));
        } else if (allocated.plus(command.amount()).amount().compareTo(paid.amount()) > 0) {
            violations.add(Violation.of("amount", "REFUND_EXCEEDS_PAID", "refunds of this order would exceed what was paid: "
                    + paid.amount() + " paid, " + allocated.amount() + " already refunded or requested"));
        }
        Map<String, OrderLine> bySku = lines.stream().collect(Collectors.toMap(OrderLine::sku, Function.identity()));
        List<String> skus = command.skus() == null ? List.of() : command.skus();
        for (int i = 0; i < skus.size(); i++) {
            if (!bySku.containsKey(skus.get(i))) {
                violations.add(Violation.of("skus." + i, "UNKNOWN_SKU", skus.get(i) + " is not on this order"));
            }
        }
        if (command.returnGoods()) {
            checkReturn(violations, command, skus.isEmpty() ? lines : skus.stream().map(bySku::get).filter(l -> l != null).toList(),
                    deliveredAt, settings, now);
        }
        return violations;
    }

    private static void checkReturn(List<Violation> violations, RequestRefundCommand command, List<OrderLine> returned,
                                    Instant deliveredAt, OrderSettings settings, Instant now) {
        if (deliveredAt == null) {
            violations.add(Violation.of("returnGoods", "NOT_DELIVERED", "goods can be returned only after delivery"));
            return;
        }
        if (now.isAfter(deliveredAt.plus(settings.returnWindow()))) {
            violations.add(Violation.of("returnGoods", "RETURN_WINDOW_CLOSED", "returns are accepted within "
                    + settings.returnWindow().toDays() + " days of delivery"));
        }
        if (command.reason() != RefundReason.QUALITY_ISSUE) {
            returned.stream().filter(line -> NON_RETURNABLE.contains(line.category())).forEach(line -> violations.add(
                    Violation.of("returnGoods", "NON_RETURNABLE_CATEGORY", line.sku() + " (" + line.category()
                            + ") can be returned only for a quality issue")));
        }
    }
}
