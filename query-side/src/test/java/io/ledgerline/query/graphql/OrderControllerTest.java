package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.FindLogisticsExceptionsQuery;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindShipmentsQuery;
import io.ledgerline.api.order.ListOrdersQuery;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.order.TrackingEventView;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The {@code order} and {@code orders} queries and the {@code Order} fields the order controller batch-loads. */
@GraphQlTest(controllers = OrderController.class)
@Import(GraphQlWiring.class)
class OrderControllerTest {

    private static final Instant SHIPPED_AT = Instant.parse("2026-11-24T08:00:00Z");

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void nothingShippedExceptionalOrRefunded() {
        given(queries.query(any(FindShipmentsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
        given(queries.query(any(FindLogisticsExceptionsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
        given(queries.query(any(FindRefundsOfOrdersQuery.class), any(ResponseType.class))).willReturn(done(List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void orderByIdAnswersTheReadModelsViewWithMoneyAndInstantsAsStrings() {
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(order("o-1"))));
        given(queries.query(any(FindShipmentsQuery.class), any(ResponseType.class))).willReturn(done(List.of(
                new ShipmentView("o-1", "SF Express", "SF123", SHIPPED_AT, List.of(new TrackingEventView(
                        TrackingStatus.IN_TRANSIT, SHIPPED_AT.plusSeconds(3600), "Hangzhou hub", null, null))))));
        given(queries.query(any(FindLogisticsExceptionsQuery.class), any(ResponseType.class))).willReturn(done(List.of(
                new LogisticsExceptionView("o-1", "x-1", ExceptionType.DELAYED, Severity.MODERATE, SHIPPED_AT,
                        SHIPPED_AT.plusSeconds(86_400), SHIPPED_AT.plusSeconds(90_000), SHIPPED_AT.plusSeconds(100_000),
                        ExceptionResolution.RESHIPPED, "stuck at the hub", "sent again"))));
        given(queries.query(any(FindRefundsOfOrdersQuery.class), any(ResponseType.class)))
                .willReturn(done(List.of(Views.refund("r-1", "o-1"))));

        GraphQlTester.Response response = graphQlTester.documentName("order").variable("id", "o-1").execute();

        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, times(4)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).contains(FindOrderQuery.byId("o-1"), new FindShipmentsQuery(List.of("o-1")),
                new FindLogisticsExceptionsQuery(List.of("o-1")), new FindRefundsOfOrdersQuery(List.of("o-1")));
        response.path("order.id").entity(String.class).isEqualTo("o-1")
                .path("order.orderNumber").entity(String.class).isEqualTo("LL-2026-o-1")
                .path("order.status").entity(String.class).isEqualTo("PAID")
                .path("order.channel").entity(String.class).isEqualTo("WEB")
                .path("order.total").entity(Object.class).isEqualTo("188.70")
                .path("order.amountPaid").entity(Object.class).isEqualTo("188.70")
                .path("order.amountRefunded").entity(Object.class).isEqualTo("0.00")
                .path("order.lines[0].unitPrice").entity(Object.class).isEqualTo("62.90")
                .path("order.lines[0].quantity").entity(Integer.class).isEqualTo(3)
                .path("order.lines[0].lineTotal").entity(Object.class).isEqualTo("188.70")
                .path("order.shippingAddress.postalCode").entity(String.class).isEqualTo("310000")
                .path("order.placedAt").entity(Object.class).isEqualTo("2026-11-23T09:30:00Z")
                .path("order.updatedAt").entity(Object.class).isEqualTo("2026-11-23T10:15:30Z")
                .path("order.version").entity(Integer.class).isEqualTo(4)
                .path("order.shipment.carrier").entity(String.class).isEqualTo("SF Express")
                .path("order.shipment.shippedAt").entity(Object.class).isEqualTo("2026-11-24T08:00:00Z")
                .path("order.shipment.events[0].status").entity(String.class).isEqualTo("IN_TRANSIT")
                .path("order.shipment.events[0].at").entity(Object.class).isEqualTo("2026-11-24T09:00:00Z")
                .path("order.exceptions[0].id").entity(String.class).isEqualTo("x-1")
                .path("order.exceptions[0].escalated").entity(Boolean.class).isEqualTo(true)
                .path("order.exceptions[0].resolution").entity(String.class).isEqualTo("RESHIPPED")
                .path("order.exceptions[0].note").entity(String.class).isEqualTo("sent again")
                .path("order.refunds[0].id").entity(String.class).isEqualTo("r-1")
                .path("order.refunds[0].amount").entity(Object.class).isEqualTo("35.50");
    }

    @Test
    @SuppressWarnings("unchecked")
    void orderByNumberAsksTheReadModelByNumber() {
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(order("o-1"))));

        graphQlTester.documentName("order").variable("orderNumber", "LL-2026-o-1").execute()
                .path("order.id").entity(String.class).isEqualTo("o-1")
                .path("order.shipment").valueIsNull()
                .path("order.exceptions").entityList(Object.class).hasSize(0);

        verify(queries).query(org.mockito.ArgumentMatchers.eq(FindOrderQuery.byNumber("LL-2026-o-1")), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void orderTheReadModelDoesNotHoldIsNull() {
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class))).willReturn(done(Optional.empty()));

        graphQlTester.documentName("order").variable("id", "o-404").execute().path("order").valueIsNull();
    }

    @Test
    void orderWithNeitherIdNorNumberIsNullWithoutAsking() {
        graphQlTester.documentName("order").execute().path("order").valueIsNull();

        verifyNoInteractions(queries);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ordersTranslatesFilterAndPagingAndBatchLoadsThePagesShipmentsInOneQuery() {
        OrderView newer = order("o-2", Views.PLACED_AT.plusSeconds(60));
        OrderView older = order("o-1");
        given(queries.query(any(ListOrdersQuery.class), any(ResponseType.class)))
                .willReturn(done(new OrderPage(List.of(newer, older), true, OrderPage.cursorOf(older), 7)));
        given(queries.query(any(FindShipmentsQuery.class), any(ResponseType.class))).willReturn(done(List.of(
                new ShipmentView("o-1", "SF Express", "SF123", SHIPPED_AT, List.of()))));

        graphQlTester.documentName("orders")
                .variable("filter", Map.of("status", List.of("PAID", "SHIPPED"), "channel", List.of("WEB"),
                        "customerId", "customer-1", "province", "Zhejiang", "placedFrom", "2026-11-01T00:00:00Z",
                        "placedTo", "2026-12-01T00:00:00Z", "minTotal", "100", "maxTotal", "500.5"))
                .variable("first", 2)
                .variable("after", "cursor-0")
                .execute()
                .path("orders.totalCount").entity(Integer.class).isEqualTo(7)
                .path("orders.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("orders.pageInfo.endCursor").entity(String.class).isEqualTo(OrderPage.cursorOf(older))
                .path("orders.edges[*].node.id").entityList(String.class).containsExactly("o-2", "o-1")
                .path("orders.edges[*].cursor").entityList(String.class)
                .containsExactly(OrderPage.cursorOf(newer), OrderPage.cursorOf(older))
                .path("orders.edges[0].node.shipment").valueIsNull()
                .path("orders.edges[1].node.shipment.trackingNumber").entity(String.class).isEqualTo("SF123")
                .path("orders.edges[1].node.total").entity(Object.class).isEqualTo("188.70");

        ArgumentCaptor<ListOrdersQuery> listed = ArgumentCaptor.forClass(ListOrdersQuery.class);
        verify(queries).query(listed.capture(), any(ResponseType.class));
        assertThat(listed.getValue()).isEqualTo(new ListOrdersQuery(new OrderFilter(
                List.of(OrderStatus.PAID, OrderStatus.SHIPPED), List.of(Channel.WEB), "customer-1", "Zhejiang",
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                new BigDecimal("100.00"), new BigDecimal("500.50")), 2, "cursor-0"));
        verify(queries, times(1)).query(org.mockito.ArgumentMatchers.eq(new FindShipmentsQuery(List.of("o-2", "o-1"))),
                any(ResponseType.class));
        verify(queries, times(1)).query(org.mockito.ArgumentMatchers.eq(new FindLogisticsExceptionsQuery(List.of("o-2", "o-1"))),
                any(ResponseType.class));
        verify(queries, times(1)).query(org.mockito.ArgumentMatchers.eq(new FindRefundsOfOrdersQuery(List.of("o-2", "o-1"))),
                any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ordersWithoutArgumentsAsksForTheFirstTwentyOfAllOrders() {
        given(queries.query(any(ListOrdersQuery.class), any(ResponseType.class)))
                .willReturn(done(new OrderPage(List.of(), false, null, 0)));

        graphQlTester.documentName("ordersDefaults").execute()
                .path("orders.edges").entityList(Object.class).hasSize(0)
                .path("orders.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("orders.pageInfo.endCursor").valueIsNull()
                .path("orders.totalCount").entity(Integer.class).isEqualTo(0);

        verify(queries).query(org.mockito.ArgumentMatchers.eq(new ListOrdersQuery(OrderFilter.none(), 20, null)),
                any(ResponseType.class));
    }

    @Test
    void aRootFieldWithoutImplementationAnswersNotYetAvailable() {
        graphQlTester.documentName("auditLog").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getPath()).isEqualTo("auditLog");
                    assertThat(error.getMessage()).isEqualTo("'auditLog' is not yet available in this version of Ledgerline");
                    assertThat(error.getExtensions()).containsEntry("code", "NOT_YET_AVAILABLE");
                }));

        verifyNoInteractions(queries);
    }

}
