package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static org.assertj.core.api.Assertions.assertThat;
import static io.ledgerline.query.graphql.Views.order;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindOrdersByIdsQuery;
import io.ledgerline.api.order.OrderSearchResult;
import io.ledgerline.api.order.OrderSearchResult.Hit;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.SearchOrdersQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The {@code searchOrders} query: ranked ids from the search index, the orders themselves from the order read model. */
@GraphQlTest(controllers = SearchController.class)
@Import(GraphQlWiring.class)
class SearchControllerTest {

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    QueryGateway queries;

    @Test
    @SuppressWarnings("unchecked")
    void searchTranslatesTextFilterAndPagingAndAnswersTheReadModelsOrdersInRankOrder() {
        given(queries.query(any(SearchOrdersQuery.class), any(ResponseType.class))).willReturn(done(new OrderSearchResult(
                List.of(new Hit("o-2", "c-2"), new Hit("o-9", "c-9"), new Hit("o-1", "c-1")), 12, true)));
        // o-9 is in the index but not yet in the read model: left out of the page, still counted
        given(queries.query(any(FindOrdersByIdsQuery.class), any(ResponseType.class)))
                .willReturn(done(List.of(order("o-1"), order("o-2"))));

        graphQlTester.documentName("searchOrders")
                .variable("search", Map.of("text", "  longjing tea ", "filter", Map.of("status", List.of("PAID"),
                        "channel", List.of("WEB", "MOBILE_APP"), "province", "Zhejiang",
                        "placedFrom", "2026-11-01T00:00:00Z", "minTotal", "50")))
                .variable("first", 3)
                .variable("after", "c-0")
                .execute()
                .path("searchOrders.edges[*].node.id").entityList(String.class).containsExactly("o-2", "o-1")
                .path("searchOrders.edges[*].cursor").entityList(String.class).containsExactly("c-2", "c-1")
                .path("searchOrders.edges[0].node.total").entity(Object.class).isEqualTo("188.70")
                .path("searchOrders.edges[0].node.placedAt").entity(Object.class).isEqualTo("2026-11-23T09:30:00Z")
                .path("searchOrders.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("searchOrders.pageInfo.endCursor").entity(String.class).isEqualTo("c-1")
                .path("searchOrders.totalCount").entity(Integer.class).isEqualTo(12);

        verify(queries).query(eq(new SearchOrdersQuery("longjing tea", new OrderFilter(List.of(OrderStatus.PAID),
                List.of(Channel.WEB, Channel.MOBILE_APP), null, "Zhejiang", Instant.parse("2026-11-01T00:00:00Z"), null,
                new BigDecimal("50.00"), null), 3, "c-0")), any(ResponseType.class));
        verify(queries).query(eq(new FindOrdersByIdsQuery(List.of("o-2", "o-9", "o-1"))), any(ResponseType.class));
        verify(queries, never()).query(any(FindOrderQuery.class), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchWithoutFilterOrPagingAsksForTheFirstTwentyAndAnEmptyPageLoadsNoOrders() {
        given(queries.query(any(SearchOrdersQuery.class), any(ResponseType.class)))
                .willReturn(done(new OrderSearchResult(List.of(), 0, false)));

        graphQlTester.documentName("searchOrders").variable("search", Map.of("text", "nothing like this")).execute()
                .path("searchOrders.edges").entityList(Object.class).hasSize(0)
                .path("searchOrders.pageInfo.endCursor").valueIsNull()
                .path("searchOrders.totalCount").entity(Integer.class).isEqualTo(0);

        verify(queries).query(eq(new SearchOrdersQuery("nothing like this", OrderFilter.none(), 20, null)),
                any(ResponseType.class));
        verify(queries, never()).query(any(FindOrdersByIdsQuery.class), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAHandlerForOrdersByIdsTheOrdersAreReadOneByOne() {
        given(queries.query(any(SearchOrdersQuery.class), any(ResponseType.class))).willReturn(done(new OrderSearchResult(
                List.of(new Hit("o-2", "c-2"), new Hit("o-1", "c-1")), 2, false)));
        given(queries.query(any(FindOrdersByIdsQuery.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.failedFuture(new NoHandlerForQueryException("no handler for FindOrdersByIdsQuery")));
        given(queries.query(eq(FindOrderQuery.byId("o-1")), any(ResponseType.class))).willReturn(done(Optional.of(order("o-1"))));
        given(queries.query(eq(FindOrderQuery.byId("o-2")), any(ResponseType.class))).willReturn(done(Optional.of(order("o-2"))));

        graphQlTester.documentName("searchOrders").variable("search", Map.of("text", "tea")).execute()
                .path("searchOrders.edges[*].node.id").entityList(String.class).containsExactly("o-2", "o-1")
                .path("searchOrders.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aNegativePageSizeIsTheCallersToFix() {
        graphQlTester.documentName("searchOrders").variable("search", Map.of("text", "tea")).variable("first", -1).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                }));
    }
}
