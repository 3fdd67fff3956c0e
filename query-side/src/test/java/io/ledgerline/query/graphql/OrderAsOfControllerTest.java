package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.order;
import static io.ledgerline.query.graphql.Views.refund;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.FindLogisticsExceptionsQuery;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindShipmentsQuery;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.order.TrackingEventView;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.query.asof.AsOfOrders;
import io.ledgerline.query.asof.OrderAsOf;
import io.ledgerline.query.audit.AuditChainVerifier;
import io.ledgerline.query.audit.AuditEntry;
import io.ledgerline.query.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@code orderAsOf}: the order and every nested field come from the fold, never from today's read models,
 * while {@code order} beside it keeps reading the read models.
 */
@GraphQlTest(controllers = {OrderAsOfController.class, OrderController.class, AuditController.class, RefundController.class})
@Import({GraphQlWiring.class, AsOfWiring.class})
class OrderAsOfControllerTest {

    private static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    AsOfOrders asOfOrders;
    @MockitoBean
    AuditLog auditLog;
    @MockitoBean
    AuditChainVerifier verifier;
    @MockitoBean
    QueryGateway queries;

    @Test
    @DisplayName("AUD-4: orderAsOf answers the folded order with its shipment, exceptions, refunds and histories as of the same instant")
    void nestedFieldsAreAsOf() {
        given(asOfOrders.find("o-1", AT)).willReturn(Optional.of(asOf()));
        given(auditLog.historyUpTo("Order", "o-1", 4)).willReturn(List.of(entry(10, 0, "OrderPlacedEvent"), entry(12, 4, "OrderShippedEvent")));
        given(auditLog.historyUpTo("Refund", "r-1", 2)).willReturn(List.of(entry(20, 0, "RefundOpenedEvent")));

        graphQlTester.documentName("orderAsOf").variable("id", "o-1").variable("at", "2026-11-24T12:00:00Z").execute()
                .path("orderAsOf.id").entity(String.class).isEqualTo("o-1")
                .path("orderAsOf.version").entity(Integer.class).isEqualTo(4)
                .path("orderAsOf.shipment.trackingNumber").entity(String.class).isEqualTo("SF-AS-OF")
                .path("orderAsOf.shipment.events[*].status").entityList(String.class).containsExactly("IN_TRANSIT")
                .path("orderAsOf.exceptions[*].id").entityList(String.class).containsExactly("x-1")
                .path("orderAsOf.refunds[*].id").entityList(String.class).containsExactly("r-1")
                .path("orderAsOf.refunds[0].history[*].globalIndex").entityList(String.class).containsExactly("20")
                .path("orderAsOf.history[*].eventType").entityList(String.class).containsExactly("OrderPlacedEvent", "OrderShippedEvent");

        verifyNoInteractions(queries);
        verify(auditLog, never()).histories(anyString(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("AUD-4: order beside it is unaffected: its nested fields still come from today's read models")
    void orderIsUnaffected() {
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(order("o-1"))));
        given(queries.query(any(FindShipmentsQuery.class), any(ResponseType.class))).willReturn(done(List.of(
                new ShipmentView("o-1", "SF Express", "SF-TODAY", AT, List.of()))));
        given(queries.query(any(FindLogisticsExceptionsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
        given(queries.query(any(FindRefundsOfOrdersQuery.class), any(ResponseType.class))).willReturn(done(List.of(refund("r-1", "o-1"))));
        given(auditLog.histories("Order", List.of("o-1"))).willReturn(Map.of("o-1", List.of(entry(10, 0, "OrderPlacedEvent"))));
        given(auditLog.histories("Refund", List.of("r-1"))).willReturn(Map.of("r-1", List.of()));

        graphQlTester.documentName("orderNested").variable("id", "o-1").execute()
                .path("order.shipment.trackingNumber").entity(String.class).isEqualTo("SF-TODAY")
                .path("order.exceptions").entityList(Object.class).hasSize(0)
                .path("order.refunds[*].id").entityList(String.class).containsExactly("r-1")
                .path("order.history[*].globalIndex").entityList(String.class).containsExactly("10");

        verifyNoInteractions(asOfOrders);
        verify(auditLog, never()).historyUpTo(anyString(), anyString(), anyLong());
    }

    @Test
    @DisplayName("AUD-4: an order that did not exist yet at that instant is null")
    void notYetPlaced() {
        given(asOfOrders.find("o-1", AT)).willReturn(Optional.empty());

        graphQlTester.documentName("orderAsOf").variable("id", "o-1").variable("at", "2026-11-24T12:00:00Z").execute()
                .path("orderAsOf").valueIsNull();
    }

    @Test
    @DisplayName("AUD-4: histories are read only when the query asks for them")
    void historiesOnlyWhenAsked() {
        given(asOfOrders.find("o-1", AT)).willReturn(Optional.of(asOf()));

        graphQlTester.documentName("orderAsOfWithoutHistory").variable("id", "o-1").variable("at", "2026-11-24T12:00:00Z").execute()
                .path("orderAsOf.refunds[*].id").entityList(String.class).containsExactly("r-1");

        verifyNoInteractions(auditLog, queries);
    }

    private static OrderAsOf asOf() {
        ShipmentView shipment = new ShipmentView("o-1", "SF Express", "SF-AS-OF", AT.minusSeconds(3600),
                List.of(new TrackingEventView(TrackingStatus.IN_TRANSIT, AT.minusSeconds(60), "Suzhou hub", null, null)));
        LogisticsExceptionView exception = new LogisticsExceptionView("o-1", "x-1", ExceptionType.DELAYED, Severity.MINOR,
                AT.minusSeconds(1800), AT.plusSeconds(5400), null, null, null, "stuck", null);
        RefundView refund = refund("r-1", "o-1");
        return new OrderAsOf(AT, order("o-1"), shipment, List.of(exception), List.of(refund), Map.of("r-1", 2L));
    }

    private static AuditEntry entry(long globalIndex, long sequence, String eventType) {
        return new AuditEntry(globalIndex, "event-" + globalIndex, "Order", "o-1", sequence, eventType, null, Map.of(), AT,
                "clerk", "ORDER_CLERK", "request-1", "command-1", AuditEntry.UNSEALED, false, null);
    }
}
