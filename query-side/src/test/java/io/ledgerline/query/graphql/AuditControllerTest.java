package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.item;
import static io.ledgerline.query.graphql.Views.order;
import static io.ledgerline.query.graphql.Views.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.order.FindLogisticsExceptionsQuery;
import io.ledgerline.api.order.FindShipmentsQuery;
import io.ledgerline.api.order.ListOrdersQuery;
import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.query.audit.AuditChainVerifier;
import io.ledgerline.query.audit.AuditCursor;
import io.ledgerline.query.audit.AuditEntry;
import io.ledgerline.query.audit.AuditFilter;
import io.ledgerline.query.audit.AuditLog;
import io.ledgerline.query.audit.AuditPage;
import io.ledgerline.query.audit.AuditVerification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** {@code auditLog}, {@code verifyAuditChain} and the {@code history} of orders, inventory items and refunds. */
@GraphQlTest(controllers = {AuditController.class, OrderController.class, InventoryController.class, RefundController.class})
@Import(GraphQlWiring.class)
class AuditControllerTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:30:00.123Z");

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    AuditLog auditLog;
    @MockitoBean
    AuditChainVerifier verifier;
    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void nothingElseAboutOrders() {
        given(queries.query(any(FindShipmentsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
        given(queries.query(any(FindLogisticsExceptionsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
        given(queries.query(any(FindRefundsOfOrdersQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
    }

    @Test
    @DisplayName("AUD-1: auditLog passes filter, size and cursor to the log and answers its entries with the payload as JSON and indexes as strings")
    void auditLogTranslatesItsArguments() {
        Map<String, Object> payload = Map.of("orderId", "o-1", "total", Map.of("amount", new BigDecimal("188.70"), "currency", "CNY"));
        AuditEntry sealed = entry(41, "o-1", payload, "ab".repeat(32));
        AuditEntry unsealed = entry(42, "o-1", Map.of("orderId", "o-1"), AuditEntry.UNSEALED);
        AuditFilter filter = new AuditFilter("o-1", "Order", "clerk", List.of("OrderPlacedEvent", "PaymentRecordedEvent"),
                Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"));
        given(auditLog.page(filter, 2, 40L)).willReturn(new AuditPage(List.of(sealed, unsealed), true));

        graphQlTester.documentName("auditLogPage")
                .variable("filter", Map.of("aggregateId", "o-1", "aggregateType", "Order", "actor", "clerk",
                        "eventType", List.of("OrderPlacedEvent", "PaymentRecordedEvent"), "from", "2026-11-23T00:00:00Z",
                        "to", "2026-11-24T00:00:00Z"))
                .variable("first", 2)
                .variable("after", AuditCursor.of(40))
                .execute()
                .path("auditLog.edges[*].node.globalIndex").entityList(String.class).containsExactly("41", "42")
                .path("auditLog.edges[*].cursor").entityList(String.class).containsExactly(AuditCursor.of(41), AuditCursor.of(42))
                .path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("auditLog.pageInfo.endCursor").entity(String.class).isEqualTo(AuditCursor.of(42))
                .path("auditLog.edges[0].node.payload.total.amount").entity(BigDecimal.class).isEqualTo(new BigDecimal("188.70"))
                .path("auditLog.edges[0].node.payload.orderId").entity(String.class).isEqualTo("o-1")
                .path("auditLog.edges[0].node.eventId").entity(String.class).isEqualTo("event-41")
                .path("auditLog.edges[0].node.aggregateType").entity(String.class).isEqualTo("Order")
                .path("auditLog.edges[0].node.sequence").entity(Integer.class).isEqualTo(41)
                .path("auditLog.edges[0].node.eventType").entity(String.class).isEqualTo("OrderPlacedEvent")
                .path("auditLog.edges[0].node.eventRevision").valueIsNull()
                .path("auditLog.edges[0].node.occurredAt").entity(String.class).isEqualTo("2026-11-23T09:30:00.123Z")
                .path("auditLog.edges[0].node.actor").entity(String.class).isEqualTo("clerk")
                .path("auditLog.edges[0].node.role").entity(String.class).isEqualTo("ORDER_CLERK")
                .path("auditLog.edges[0].node.correlationId").entity(String.class).isEqualTo("request-1")
                .path("auditLog.edges[0].node.causationId").entity(String.class).isEqualTo("command-41")
                .path("auditLog.edges[0].node.hash").entity(String.class).isEqualTo("ab".repeat(32))
                .path("auditLog.edges[0].node.sealed").entity(Boolean.class).isEqualTo(true)
                .path("auditLog.edges[1].node.hash").entity(String.class).isEqualTo("UNSEALED")
                .path("auditLog.edges[1].node.sealed").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    @DisplayName("AUD-1: auditLog without arguments asks for the first 50 entries of the whole log")
    void auditLogDefaults() {
        given(auditLog.page(AuditFilter.none(), 50, null)).willReturn(new AuditPage(List.of(), false));

        graphQlTester.documentName("auditLogDefaults").execute()
                .path("auditLog.edges").entityList(Object.class).hasSize(0)
                .path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("auditLog.pageInfo.endCursor").valueIsNull();
    }

    @Test
    @DisplayName("AUD-1: a foreign cursor is the caller's mistake (INVALID_ARGUMENT) and reads nothing")
    void foreignCursorIsRefused() {
        graphQlTester.documentName("auditLogPage").variable("after", "bm90LWEtY3Vyc29y").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                    assertThat(error.getMessage()).isEqualTo("not a cursor of the audit log: bm90LWEtY3Vyc29y");
                }));

        verifyNoInteractions(auditLog);
    }

    @Test
    @DisplayName("AUD-1: arguments the log refuses (a negative first) answer INVALID_ARGUMENT with its reason")
    void refusedArguments() {
        given(auditLog.page(any(), anyInt(), any())).willThrow(new IllegalArgumentException("first must not be negative: -1"));

        graphQlTester.documentName("auditLogPage").variable("first", -1).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                    assertThat(error.getMessage()).isEqualTo("first must not be negative: -1");
                }));
    }

    @Test
    @DisplayName("AUD-2: verifyAuditChain answers the verifier's result, counts and indexes as decimal strings")
    void verifyAuditChain() {
        given(verifier.verify()).willReturn(new AuditVerification(1_234, false, 77L));

        graphQlTester.documentName("verifyAuditChain").execute()
                .path("verifyAuditChain.verifiedEvents").entity(String.class).isEqualTo("1234")
                .path("verifyAuditChain.intact").entity(Boolean.class).isEqualTo(false)
                .path("verifyAuditChain.firstBrokenGlobalIndex").entity(String.class).isEqualTo("77");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("ORD-13: the histories of a page of orders are read in one call, each order getting its own")
    void orderHistoriesAreBatched() {
        given(queries.query(any(ListOrdersQuery.class), any(ResponseType.class)))
                .willReturn(done(new OrderPage(List.of(order("o-2"), order("o-1")), false, null, 2)));
        given(auditLog.histories("Order", List.of("o-2", "o-1"))).willReturn(Map.of(
                "o-1", List.of(entry(1, "o-1", Map.of(), "UNSEALED"), entry(5, "o-1", Map.of(), "UNSEALED")),
                "o-2", List.of(entry(3, "o-2", Map.of(), "UNSEALED"))));

        graphQlTester.documentName("ordersHistory").execute()
                .path("orders.edges[0].node.history[*].globalIndex").entityList(String.class).containsExactly("3")
                .path("orders.edges[1].node.history[*].globalIndex").entityList(String.class).containsExactly("1", "5");

        verify(auditLog, times(1)).histories(eq("Order"), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("ORD-13: an inventory item's and a refund's history come from the audit log by sku and refund id")
    void itemAndRefundHistories() {
        given(queries.query(any(FindInventoryItemQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(item("SKU-TEA"))));
        given(queries.query(any(FindRefundQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(refund("r-1", "o-1"))));
        given(auditLog.histories("InventoryItem", List.of("SKU-TEA"))).willReturn(Map.of("SKU-TEA", List.of(entry(8, "SKU-TEA", Map.of(), "UNSEALED"))));
        given(auditLog.histories("Refund", List.of("r-1"))).willReturn(Map.of("r-1", List.of(entry(9, "r-1", Map.of(), "UNSEALED"))));

        graphQlTester.documentName("inventoryItemHistory").variable("sku", "SKU-TEA").execute()
                .path("inventoryItem.history[*].globalIndex").entityList(String.class).containsExactly("8");
        graphQlTester.documentName("refundHistory").variable("id", "r-1").execute()
                .path("refund.history[*].globalIndex").entityList(String.class).containsExactly("9");
    }

    private static AuditEntry entry(long globalIndex, String aggregateId, Object payload, String hash) {
        return new AuditEntry(globalIndex, "event-" + globalIndex, "Order", aggregateId, globalIndex,
                "OrderPlacedEvent", null, payload, AT, "clerk", "ORDER_CLERK", "request-1", "command-" + globalIndex, hash,
                false, null);
    }
}
