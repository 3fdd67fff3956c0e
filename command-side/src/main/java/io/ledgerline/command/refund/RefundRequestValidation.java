package io.ledgerline.command.refund;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Violation;
import io.ledgerline.api.refund.OpenRefundCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * REF-1: the data a refund is opened with. The order has already accepted the request (REF-1, REF-2, REF-5),
 * so this only guards the refund's own record: every violation is named by its field, all at once.
 */
final class RefundRequestValidation {

    private RefundRequestValidation() {
    }

    static void check(OpenRefundCommand command) {
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "refundId", "REFUND_ID_REQUIRED", command.refundId());
        requireText(violations, "orderId", "ORDER_ID_REQUIRED", command.orderId());
        requireText(violations, "orderNumber", "ORDER_NUMBER_REQUIRED", command.orderNumber());
        if (command.reason() == null) {
            violations.add(Violation.of("reason", "REASON_REQUIRED", "a refund needs a reason"));
        }
        if (command.amount() == null) {
            violations.add(Violation.of("amount", "AMOUNT_REQUIRED", "a refund needs an amount"));
        } else if (!command.amount().isPositive()) {
            violations.add(Violation.of("amount", "AMOUNT_NOT_POSITIVE",
                    "a refund's amount must be more than zero, not " + command.amount()));
        }
        if (command.paymentMethod() == null) {
            violations.add(Violation.of("paymentMethod", "PAYMENT_METHOD_REQUIRED",
                    "a refund needs the order's payment method to be paid back to"));
        }
        List<String> skus = command.skus() == null ? List.of() : command.skus();
        for (int i = 0; i < skus.size(); i++) {
            if (isBlank(skus.get(i))) {
                violations.add(Violation.of("skus." + i, "SKU_REQUIRED", "a listed sku may not be empty"));
            }
        }
        if (!violations.isEmpty()) {
            throw new CommandRefusedException(violations);
        }
    }

    private static void requireText(List<Violation> violations, String field, String code, String value) {
        if (isBlank(value)) {
            violations.add(Violation.of(field, code, field + " is required"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
