package io.ledgerline.app.security;

import static io.ledgerline.api.security.Role.ADMIN;
import static io.ledgerline.api.security.Role.AUDITOR;
import static io.ledgerline.api.security.Role.CUSTOMER_SERVICE;
import static io.ledgerline.api.security.Role.FINANCE;
import static io.ledgerline.api.security.Role.ORDER_CLERK;
import static io.ledgerline.api.security.Role.WAREHOUSE;

import io.ledgerline.api.security.Role;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may use which GraphQL operation: the roles table of docs/domain.md, field by field. Every root
 * field of Query, Mutation and Subscription is listed; a root field missing here is refused to everyone
 * but ADMIN (fail closed), so a new operation cannot slip out unguarded. Nested fields are open to
 * whoever may read their parent, except those listed (the audit history of an aggregate).
 * README.md "Users and roles" shows this table; {@code RoleMatrixTest} proves it.
 */
@Component
final class OperationPermissions {

    static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> ORDER_READERS = EVERY_ROLE;
    private static final Set<Role> STOCK_READERS = EnumSet.of(ADMIN, WAREHOUSE, ORDER_CLERK, AUDITOR);
    private static final Set<Role> REFUND_READERS = EnumSet.of(ADMIN, FINANCE, CUSTOMER_SERVICE, AUDITOR);
    private static final Set<Role> REPORT_READERS = EnumSet.of(ADMIN, FINANCE, AUDITOR);
    private static final Set<Role> HISTORY_READERS = EnumSet.of(ADMIN, AUDITOR);

    private final Map<String, Set<Role>> rules = new HashMap<>();

    OperationPermissions() {
        allow(ORDER_READERS, "Query.order", "Query.orders", "Query.searchOrders", "Subscription.orderUpdated");
        allow(HISTORY_READERS, "Query.orderAsOf", "Query.auditLog", "Query.verifyAuditChain",
                "Order.history", "InventoryItem.history", "Refund.history");
        allow(STOCK_READERS, "Query.inventoryItem", "Query.inventoryItems", "Subscription.lowStockAlerts");
        allow(EnumSet.of(ADMIN, WAREHOUSE, AUDITOR), "Query.stocktakeDiscrepancies");
        allow(REFUND_READERS, "Query.refund", "Query.refunds");
        allow(REPORT_READERS, "Query.salesSummary", "Query.salesOverTime", "Query.salesBreakdown", "Query.topProducts",
                "Subscription.salesTicker");
        allow(EnumSet.of(ADMIN, FINANCE, AUDITOR, CUSTOMER_SERVICE, WAREHOUSE), "Query.logisticsStats");
        allow(EnumSet.of(ADMIN, FINANCE, AUDITOR, WAREHOUSE), "Query.inventoryStats", "Query.lowStockSkus");
        allow(EVERY_ROLE, "Query.reportingZone");
        allow(EnumSet.of(ADMIN, AUDITOR), "Query.projections", "Query.users");
        allow(EVERY_ROLE, "Query.me");

        allow(EnumSet.of(ADMIN, ORDER_CLERK), "Mutation.placeOrder", "Mutation.modifyOrder", "Mutation.cancelOrder");
        // ORD-7 names the auditor beside the clerk as a reviewer of large orders (decision D25).
        allow(EnumSet.of(ADMIN, ORDER_CLERK, AUDITOR), "Mutation.approveOrder", "Mutation.rejectOrder");
        allow(EnumSet.of(ADMIN, FINANCE), "Mutation.recordPayment", "Mutation.recordPaymentFailure",
                "Mutation.approveRefund", "Mutation.rejectRefund", "Mutation.recordRefundResult", "Mutation.retryRefund");
        allow(EnumSet.of(ADMIN, WAREHOUSE), "Mutation.shipOrder", "Mutation.recordTrackingEvent",
                "Mutation.receiveStock", "Mutation.adjustStock", "Mutation.recordStocktake", "Mutation.transferStock",
                "Mutation.setLowStockThreshold");
        allow(EnumSet.of(ADMIN, CUSTOMER_SERVICE), "Mutation.confirmReceipt", "Mutation.reportLogisticsException",
                "Mutation.resolveLogisticsException", "Mutation.requestRefund");
        allow(EnumSet.of(ADMIN), "Mutation.rebuildProjection", "Mutation.retryDeadLetters", "Mutation.createUser", "Mutation.assignRoles",
                "Mutation.disableUser", "Mutation.enableUser", "Mutation.resetPassword");
    }

    /**
     * Whether someone holding {@code roles} may download the export {@code report} ({@code sales-summary}
     * under {@code /api/reports/}): exactly who may run the report's query ({@code Query.salesSummary}).
     * An unknown report is open to ADMIN only, who then gets 404.
     */
    boolean allowsExport(String report, Set<Role> roles) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : report.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        Set<Role> allowed = rules.get("Query." + field);
        if (allowed == null) {
            return roles.contains(ADMIN);   // as for root fields: fail closed; ADMIN learns it does not exist (404)
        }
        return roles.stream().anyMatch(allowed::contains);
    }

    /** The roles a rule names for {@code coordinate} ({@code Type.field}), if there is a rule. */
    Optional<Set<Role>> rolesFor(String coordinate) {
        return Optional.ofNullable(rules.get(coordinate));
    }

    /** Whether someone holding {@code roles} may select the field {@code field} of {@code type}. */
    boolean allows(String type, String field, Set<Role> roles) {
        if (field.startsWith("__")) {
            return true;
        }
        Set<Role> allowed = rules.get(type + "." + field);
        if (allowed == null) {
            return !ROOT_TYPES.contains(type) || roles.contains(ADMIN);
        }
        return roles.stream().anyMatch(allowed::contains);
    }

    Map<String, Set<Role>> rules() {
        return Map.copyOf(rules);
    }

    private void allow(Set<Role> roles, String... coordinates) {
        for (String coordinate : coordinates) {
            if (rules.putIfAbsent(coordinate, EnumSet.copyOf(roles)) != null) {
                throw new IllegalStateException("Two rules for " + coordinate);
            }
        }
    }
}
