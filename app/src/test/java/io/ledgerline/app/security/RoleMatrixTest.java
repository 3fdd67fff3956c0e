package io.ledgerline.app.security;

import static io.ledgerline.api.security.Role.ADMIN;
import static io.ledgerline.api.security.Role.AUDITOR;
import static io.ledgerline.api.security.Role.CUSTOMER_SERVICE;
import static io.ledgerline.api.security.Role.FINANCE;
import static io.ledgerline.api.security.Role.ORDER_CLERK;
import static io.ledgerline.api.security.Role.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.ledgerline.api.security.Role;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SEC-2 and docs/domain.md "Roles": every role against every operation of the API. The expected roles
 * are written out here from the domain's table, independently of the application's own table. Each
 * document is harmless (unknown ids, invalid input), so an allowed call runs and is answered by the
 * domain (null, NOT_FOUND, a user error), while a denied one is refused FORBIDDEN before anything runs
 * and leaves an AccessDeniedEvent naming the user and the field in the audit log.
 */
class RoleMatrixTest extends LedgerlineIntegrationTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final String PERIOD = "{from: \"2025-12-31T16:00:00Z\", to: \"2026-01-07T16:00:00Z\"}";  // whole days in Asia/Shanghai
    private static final String LINE = "{sku: \"RBAC-1\", productName: \"Cup\", category: \"HOME\", unitPrice: \"1.00\", quantity: 1}";

    /** One row of the matrix: the field it is about, a harmless document selecting it, who may use it. */
    record Operation(String field, String document, Set<Role> allowed) {
        @Override
        public String toString() {
            return field;
        }
    }

    static final List<Operation> OPERATIONS = List.of(
            query("Query.order", "{ order(id: \"rbac-missing\") { id } }", EVERYONE),
            query("Query.orders", "{ orders(first: 1) { totalCount } }", EVERYONE),
            query("Query.searchOrders", "{ searchOrders(search: {text: \"rbac-nothing\"}, first: 1) { totalCount } }", EVERYONE),
            query("Query.orderAsOf", "{ orderAsOf(id: \"rbac-missing\", at: \"2026-01-01T00:00:00Z\") { id } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Order.history", "{ orders(first: 1) { edges { node { history { eventType } } } } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.inventoryItem", "{ inventoryItem(sku: \"rbac-missing\") { sku } }", EnumSet.of(ADMIN, ORDER_CLERK, WAREHOUSE, AUDITOR)),
            query("Query.inventoryItems", "{ inventoryItems(first: 1) { sku } }", EnumSet.of(ADMIN, ORDER_CLERK, WAREHOUSE, AUDITOR)),
            query("InventoryItem.history", "{ inventoryItems(first: 1) { history { eventType } } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.stocktakeDiscrepancies", "{ stocktakeDiscrepancies { sku } }", EnumSet.of(ADMIN, WAREHOUSE, AUDITOR)),
            query("Query.refund", "{ refund(id: \"rbac-missing\") { id } }", EnumSet.of(ADMIN, FINANCE, CUSTOMER_SERVICE, AUDITOR)),
            query("Query.refunds", "{ refunds(first: 1) { totalCount } }", EnumSet.of(ADMIN, FINANCE, CUSTOMER_SERVICE, AUDITOR)),
            query("Refund.history", "{ refunds(first: 1) { edges { node { history { eventType } } } } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.auditLog", "{ auditLog(first: 1) { pageInfo { hasNextPage } } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.verifyAuditChain", "{ verifyAuditChain { intact } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.salesSummary", "{ salesSummary(period: " + PERIOD + ") { orders } }", EnumSet.of(ADMIN, FINANCE, AUDITOR)),
            query("Query.salesOverTime", "{ salesOverTime(period: " + PERIOD + ", granularity: DAY) { orders } }", EnumSet.of(ADMIN, FINANCE, AUDITOR)),
            query("Query.salesBreakdown", "{ salesBreakdown(period: " + PERIOD + ", by: CHANNEL) { key } }", EnumSet.of(ADMIN, FINANCE, AUDITOR)),
            query("Query.topProducts", "{ topProducts(period: " + PERIOD + ", by: REVENUE) { sku } }", EnumSet.of(ADMIN, FINANCE, AUDITOR)),
            query("Query.logisticsStats", "{ logisticsStats(period: " + PERIOD + ") { count } }",
                    EnumSet.of(ADMIN, FINANCE, AUDITOR, CUSTOMER_SERVICE, WAREHOUSE)),
            query("Query.inventoryStats", "{ inventoryStats(period: " + PERIOD + ") { warehouse } }", EnumSet.of(ADMIN, FINANCE, AUDITOR, WAREHOUSE)),
            query("Query.lowStockSkus", "{ lowStockSkus { sku } }", EnumSet.of(ADMIN, FINANCE, AUDITOR, WAREHOUSE)),
            query("Query.reportingZone", "{ reportingZone }", EVERYONE),
            query("Query.projections", "{ projections { name } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.users", "{ users { username } }", EnumSet.of(ADMIN, AUDITOR)),
            query("Query.me", "{ me { username roles } }", EVERYONE),

            mutation("Mutation.placeOrder", "placeOrder(input: {customerId: \"rbac\", channel: WEB, paymentMethod: ONLINE,"
                    + " deliveryMethod: STANDARD, shippingAddress: {recipient: \"R\", phone: \"1\", province: \"P\", city: \"C\","
                    + " line: \"L\", postalCode: \"1\"}, lines: []}) { errors { code } }", EnumSet.of(ADMIN, ORDER_CLERK)),
            mutation("Mutation.modifyOrder", "modifyOrder(orderId: \"rbac-missing\", lines: [" + LINE + "]) { errors { code } }", EnumSet.of(ADMIN, ORDER_CLERK)),
            mutation("Mutation.cancelOrder", "cancelOrder(orderId: \"rbac-missing\", reason: \"r\") { errors { code } }", EnumSet.of(ADMIN, ORDER_CLERK)),
            // ORD-7 names the auditor beside the clerk as a reviewer of large orders (decision D25).
            mutation("Mutation.approveOrder", "approveOrder(orderId: \"rbac-missing\") { errors { code } }", EnumSet.of(ADMIN, ORDER_CLERK, AUDITOR)),
            mutation("Mutation.rejectOrder", "rejectOrder(orderId: \"rbac-missing\", reason: \"r\") { errors { code } }", EnumSet.of(ADMIN, ORDER_CLERK, AUDITOR)),
            mutation("Mutation.recordPayment", "recordPayment(orderId: \"rbac-missing\", method: ONLINE, amount: \"1.00\", transactionRef: \"rbac\") { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.recordPaymentFailure", "recordPaymentFailure(orderId: \"rbac-missing\", reason: \"r\") { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.shipOrder", "shipOrder(orderId: \"rbac-missing\", carrier: \"c\", trackingNumber: \"t\") { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.recordTrackingEvent", "recordTrackingEvent(orderId: \"rbac-missing\", status: IN_TRANSIT) { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.confirmReceipt", "confirmReceipt(orderId: \"rbac-missing\") { errors { code } }", EnumSet.of(ADMIN, CUSTOMER_SERVICE)),
            mutation("Mutation.reportLogisticsException", "reportLogisticsException(orderId: \"rbac-missing\", type: DELAYED, severity: MINOR) { errors { code } }", EnumSet.of(ADMIN, CUSTOMER_SERVICE)),
            mutation("Mutation.resolveLogisticsException", "resolveLogisticsException(orderId: \"rbac-missing\", exceptionId: \"x\", resolution: NO_ACTION) { errors { code } }", EnumSet.of(ADMIN, CUSTOMER_SERVICE)),
            mutation("Mutation.requestRefund", "requestRefund(orderId: \"rbac-missing\", reason: OTHER, amount: \"1.00\") { errors { code } }", EnumSet.of(ADMIN, CUSTOMER_SERVICE)),
            mutation("Mutation.approveRefund", "approveRefund(refundId: \"rbac-missing\") { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.rejectRefund", "rejectRefund(refundId: \"rbac-missing\", reason: \"r\") { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.recordRefundResult", "recordRefundResult(refundId: \"rbac-missing\", succeeded: true) { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.retryRefund", "retryRefund(refundId: \"rbac-missing\") { errors { code } }", EnumSet.of(ADMIN, FINANCE)),
            mutation("Mutation.receiveStock", "receiveStock(sku: \"RBAC-1\", warehouse: \"WH\", quantity: 0) { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.adjustStock", "adjustStock(sku: \"RBAC-1\", warehouse: \"WH\", delta: 1, reason: \"\") { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.recordStocktake", "recordStocktake(sku: \"RBAC-1\", warehouse: \"WH\", counted: -1) { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.transferStock", "transferStock(sku: \"RBAC-1\", from: \"WH\", to: \"WH2\", quantity: 0) { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.setLowStockThreshold", "setLowStockThreshold(sku: \"RBAC-1\", threshold: -1) { errors { code } }", EnumSet.of(ADMIN, WAREHOUSE)),
            mutation("Mutation.rebuildProjection", "rebuildProjection(name: \"rbac-no-such-projection\") { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.retryDeadLetters", "retryDeadLetters(name: \"rbac-no-such-projection\") { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.createUser", "createUser(input: {username: \"X!\", password: \"short\", roles: []}) { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.assignRoles", "assignRoles(username: \"rbac-missing\", roles: [AUDITOR]) { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.disableUser", "disableUser(username: \"rbac-missing\", reason: \"r\") { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.enableUser", "enableUser(username: \"rbac-missing\") { errors { code } }", EnumSet.of(ADMIN)),
            mutation("Mutation.resetPassword", "resetPassword(username: \"rbac-missing\", password: \"a-long-enough-password\") { errors { code } }", EnumSet.of(ADMIN)));

    /** Subscriptions are checked over WebSocket by SubscriptionAuthorizationTest; their rows live here too. */
    static final Map<String, Set<Role>> SUBSCRIPTIONS = Map.of(
            "Subscription.orderUpdated", EVERYONE,
            "Subscription.lowStockAlerts", EnumSet.of(ADMIN, ORDER_CLERK, WAREHOUSE, AUDITOR),
            "Subscription.salesTicker", EnumSet.of(ADMIN, FINANCE, AUDITOR));

    /** The demo user of each role (created in the embedded default). */
    static final Map<Role, String> USERS = Map.of(ADMIN, "admin", ORDER_CLERK, "clerk", FINANCE, "finance",
            WAREHOUSE, "warehouse", CUSTOMER_SERVICE, "service", AUDITOR, "auditor");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GraphQlSource graphQlSource;

    static Stream<Arguments> everyRoleAgainstEveryOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(role, operation));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyRoleAgainstEveryOperation")
    @DisplayName("SEC-2: each role may use exactly its operations; any other is FORBIDDEN and audited")
    void roleAgainstOperation(Role role, Operation operation) {
        String user = USERS.get(role);
        long deniedBefore = new SecurityEventsInStore(jdbc).denials(user, operation.field());

        ClientGraphQlResponse response = GraphQlClients.http(port, user).document(operation.document()).executeSync();

        if (operation.allowed().contains(role)) {
            assertThat(response.getErrors()).as("%s may use %s", role, operation.field())
                    .noneMatch(error -> error.getErrorType() == ErrorType.FORBIDDEN || error.getErrorType() == ErrorType.UNAUTHORIZED);
            assertThat(new SecurityEventsInStore(jdbc).denials(user, operation.field())).isEqualTo(deniedBefore);
        } else {
            assertThat(response.getErrors()).as("%s may not use %s", role, operation.field()).singleElement().satisfies(error -> {
                assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
                assertThat(error.getMessage()).contains(operation.field());
            });
            assertThat((Object) response.getData()).isNull();
            assertThat(new SecurityEventsInStore(jdbc).denials(user, operation.field())).isEqualTo(deniedBefore + 1);
        }
    }

    @Test
    @DisplayName("SEC-2: the matrix covers every root field the server serves, so no operation goes untested")
    void matrixCoversEveryOperation() {
        Set<String> tested = Stream.concat(OPERATIONS.stream().map(Operation::field), SUBSCRIPTIONS.keySet().stream())
                .collect(Collectors.toSet());
        var schema = graphQlSource.schema();
        List<String> served = new ArrayList<>();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                served.add(root.getName() + "." + field.getName());
            }
        }
        assertThat(tested).containsAll(served);
    }

    @Test
    @DisplayName("SEC-2: the application's role table agrees with the domain table written out in this test")
    void applicationTableMatchesTheDomainTable() {
        OperationPermissions permissions = new OperationPermissions();
        OPERATIONS.forEach(operation -> assertThat(permissions.rolesFor(operation.field())).as(operation.field())
                .contains(operation.allowed()));
        SUBSCRIPTIONS.forEach((field, roles) -> assertThat(permissions.rolesFor(field)).as(field).contains(roles));
    }

    private static Operation query(String field, String document, Set<Role> allowed) {
        return new Operation(field, document, allowed);
    }

    private static Operation mutation(String field, String selection, Set<Role> allowed) {
        return new Operation(field, "mutation { " + selection + " }", allowed);
    }
}
