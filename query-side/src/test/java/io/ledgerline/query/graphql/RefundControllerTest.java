package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.ListRefundsQuery;
import io.ledgerline.api.refund.RefundPage;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.query.refund.RefundCursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The refund queries: {@code refund} and {@code refunds} (keyset pages with opaque cursors). */
@GraphQlTest(controllers = RefundController.class)
@Import(GraphQlWiring.class)
class RefundControllerTest {

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    QueryGateway queries;

    @Test
    @SuppressWarnings("unchecked")
    void refundAnswersTheReadModelsViewWithMoneyAndInstantsAsStrings() {
        given(queries.query(any(FindRefundQuery.class), any(ResponseType.class))).willReturn(done(Optional.of(refund("r-1", "o-1"))));

        graphQlTester.documentName("refund").variable("id", "r-1").execute()
                .path("refund.id").entity(String.class).isEqualTo("r-1")
                .path("refund.orderId").entity(String.class).isEqualTo("o-1")
                .path("refund.orderNumber").entity(String.class).isEqualTo("LL-2026-o-1")
                .path("refund.status").entity(String.class).isEqualTo("REQUESTED")
                .path("refund.reason").entity(String.class).isEqualTo("QUALITY_ISSUE")
                .path("refund.amount").entity(Object.class).isEqualTo("35.50")
                .path("refund.attempts").entity(Integer.class).isEqualTo(0)
                .path("refund.requestedAt").entity(Object.class).isEqualTo("2026-11-23T09:30:00Z")
                .path("refund.decidedAt").valueIsNull()
                .path("refund.completedAt").valueIsNull()
                .path("refund.note").entity(String.class).isEqualTo("leaves were crushed")
                .path("refund.failureReason").valueIsNull();

        verify(queries).query(eq(new FindRefundQuery("r-1")), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void refundTheReadModelDoesNotHoldIsNull() {
        given(queries.query(any(FindRefundQuery.class), any(ResponseType.class))).willReturn(done(Optional.empty()));

        graphQlTester.documentName("refund").variable("id", "r-404").execute().path("refund").valueIsNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void refundsTranslateStatusesAndTheCursorIntoAKeysetPage() {
        Instant requestedAt = Instant.parse("2026-11-22T12:00:00Z");
        String after = new RefundCursor(requestedAt, "r-9").encode();
        RefundView newer = refund("r-2", "o-2");
        RefundView older = refund("r-1", "o-1");
        given(queries.query(any(ListRefundsQuery.class), any(ResponseType.class)))
                .willReturn(done(new RefundPage(List.of(newer, older), true, 9)));

        graphQlTester.documentName("refunds").variable("status", List.of("REQUESTED", "FAILED")).variable("first", 2)
                .variable("after", after).execute()
                .path("refunds.edges[*].node.id").entityList(String.class).containsExactly("r-2", "r-1")
                .path("refunds.edges[*].cursor").entityList(String.class)
                .containsExactly(RefundCursor.of(newer).encode(), RefundCursor.of(older).encode())
                .path("refunds.edges[0].node.amount").entity(Object.class).isEqualTo("35.50")
                .path("refunds.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("refunds.pageInfo.endCursor").entity(String.class).isEqualTo(RefundCursor.of(older).encode())
                .path("refunds.totalCount").entity(Integer.class).isEqualTo(9);

        verify(queries).query(eq(new ListRefundsQuery(List.of(RefundStatus.REQUESTED, RefundStatus.FAILED), 2,
                requestedAt, "r-9")), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void refundsWithoutArgumentsAskForTheFirstTwentyOfAllRefunds() {
        given(queries.query(any(ListRefundsQuery.class), any(ResponseType.class)))
                .willReturn(done(new RefundPage(List.of(), false, 0)));

        graphQlTester.documentName("refunds").execute()
                .path("refunds.edges").entityList(Object.class).hasSize(0)
                .path("refunds.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("refunds.pageInfo.endCursor").valueIsNull()
                .path("refunds.totalCount").entity(Integer.class).isEqualTo(0);

        verify(queries).query(eq(new ListRefundsQuery(List.of(), 20, null, null)), any(ResponseType.class));
    }

    @Test
    void aCursorThisListNeverGaveOutIsTheCallersMistake() {
        graphQlTester.documentName("refunds").variable("after", "not-a-cursor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                    assertThat(error.getMessage()).contains("not a refunds cursor");
                }));

        verifyNoInteractions(queries);
    }
}
