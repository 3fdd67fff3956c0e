package io.ledgerline.command.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Violation;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ORD-1: what a valid order looks like. Collects every violation (not only the first), each naming its
 * field as the API does ({@code shippingAddress.phone}, {@code lines.2.quantity}), so one answer tells
 * the caller everything to fix.
 */
final class PlacementRules {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 999;

    private PlacementRules() {
    }

    static void check(PlaceOrderCommand command) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "orderId", command.orderId());
        required(violations, "customerId", command.customerId());
        if (command.channel() == null) {
            violations.add(Violation.of("channel", "REQUIRED", "a sales channel is required"));
        }
        if (command.paymentMethod() == null) {
            violations.add(Violation.of("paymentMethod", "REQUIRED", "a payment method is required"));
        }
        if (command.deliveryMethod() == null) {
            violations.add(Violation.of("deliveryMethod", "REQUIRED", "a delivery method is required"));
        }
        checkAddress(violations, command.shippingAddress());
        violations.addAll(lineViolations(command.lines()));
        refuseIfAny(violations);
    }

    /** ORD-1 line rules, also applied to modified lines (ORD-4). */
    static List<Violation> lineViolations(List<OrderLine> lines) {
        List<Violation> violations = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            violations.add(Violation.of("lines", "NO_LINES", "an order has at least one line"));
            return violations;
        }
        if (lines.size() > MAX_LINES) {
            violations.add(Violation.of("lines", "TOO_MANY_LINES", "an order has at most " + MAX_LINES + " lines"));
        }
        Set<String> skus = new HashSet<>();
        String currency = null;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String at = "lines." + i + ".";
            if (line == null) {
                violations.add(Violation.of("lines." + i, "REQUIRED", "a line is required"));
                continue;
            }
            required(violations, at + "sku", line.sku());
            required(violations, at + "productName", line.productName());
            required(violations, at + "category", line.category());
            if (line.sku() != null && !skus.add(line.sku())) {
                violations.add(Violation.of(at + "sku", "DUPLICATE_SKU", "sku " + line.sku() + " is on more than one line"));
            }
            if (line.unitPrice() == null || !line.unitPrice().isPositive()) {
                violations.add(Violation.of(at + "unitPrice", "INVALID_PRICE", "the unit price must be greater than 0"));
            } else if (currency == null) {
                currency = line.unitPrice().currency();
            } else if (!currency.equals(line.unitPrice().currency())) {
                violations.add(Violation.of(at + "unitPrice", "MIXED_CURRENCIES", "every line is priced in " + currency));
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                violations.add(Violation.of(at + "quantity", "INVALID_QUANTITY", "the quantity must be 1 to " + MAX_QUANTITY));
            }
        }
        return violations;
    }

    static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CommandRefusedException(violations);
        }
    }

    private static void checkAddress(List<Violation> violations, Address address) {
        if (address == null) {
            violations.add(Violation.of("shippingAddress", "REQUIRED", "a shipping address is required"));
            return;
        }
        required(violations, "shippingAddress.recipient", address.recipient());
        required(violations, "shippingAddress.phone", address.phone());
        required(violations, "shippingAddress.province", address.province());
        required(violations, "shippingAddress.city", address.city());
        required(violations, "shippingAddress.line", address.line());
        required(violations, "shippingAddress.postalCode", address.postalCode());
    }

    private static void required(List<Violation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "REQUIRED", field + " is required"));
        }
    }
}
