package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RejectRefundCommand;
import io.ledgerline.api.refund.RetryRefundCommand;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The refund mutations: a request goes to the order under a new refund id and answers once the refund view
 * shows that refund; the others go to the refund and answer once the {@code refund-view} processor has caught up.
 */
@GraphQlTest(controllers = RefundMutationController.class)
class RefundMutationControllerTest extends MutationSliceTest {

    private static final String UNKNOWN = "r-404";

    @BeforeEach
    @SuppressWarnings("unchecked")
    void theReadModelHoldsEveryRefundButTheUnknownOne() {
        given(queries.query(any(FindRefundQuery.class), any(ResponseType.class))).willAnswer(invocation -> {
            String refundId = invocation.<FindRefundQuery>getArgument(0).refundId();
            return done(UNKNOWN.equals(refundId) ? Optional.empty() : Optional.of(refund(refundId, "o-1")));
        });
        Views.upToDate(readYourWrites);
    }

    @Test
    void requestRefundSendsItToTheOrderUnderANewRefundIdAndAnswersThatRefund() {
        GraphQlTester.Response response = graphQlTester.documentName("requestRefund").variable("orderId", "o-1")
                .variable("reason", "QUALITY_ISSUE").variable("amount", "35.5").variable("skus", List.of("SKU-TEA"))
                .variable("returnGoods", true).variable("note", "leaves were crushed").execute();

        RequestRefundCommand requested = (RequestRefundCommand) sent();
        String refundId = requested.refundId();
        assertThat(UUID.fromString(refundId)).isNotNull();
        assertThat(requested).isEqualTo(new RequestRefundCommand("o-1", refundId, RefundReason.QUALITY_ISSUE,
                Money.of("35.50"), List.of("SKU-TEA"), true, null, "leaves were crushed"));
        response.path("requestRefund.refund.id").entity(String.class).isEqualTo(refundId)
                .path("requestRefund.refund.orderId").entity(String.class).isEqualTo("o-1")
                .path("requestRefund.refund.amount").entity(Object.class).isEqualTo("35.50")
                .path("requestRefund.refund.requestedAt").entity(Object.class).isEqualTo("2026-11-23T09:30:00Z")
                .path("requestRefund.errors").entityList(Object.class).hasSize(0);
        verify(readYourWrites).awaitPresent(eq(refundId), any());
        verify(queries).query(eq(new FindRefundQuery(refundId)), any(ResponseType.class));
    }

    @Test
    void requestRefundWithoutReturnGoodsAsksForNoReturn() {
        graphQlTester.documentName("requestRefund").variable("orderId", "o-1").variable("reason", "CUSTOMER_REQUEST")
                .variable("amount", "10").execute()
                .path("requestRefund.errors").entityList(Object.class).hasSize(0);

        RequestRefundCommand requested = (RequestRefundCommand) sent();
        assertThat(requested).isEqualTo(new RequestRefundCommand("o-1", requested.refundId(), RefundReason.CUSTOMER_REQUEST,
                Money.of("10.00"), null, false, null, null));
    }

    @Test
    void approveRefundSendsApproveRefund() {
        GraphQlTester.Response response = graphQlTester.documentName("approveRefund").variable("refundId", "r-1").execute();

        assertThat(sent()).isEqualTo(new ApproveRefundCommand("r-1"));
        answersTheRefundAsTheReadModelShowsIt(response, "approveRefund", "r-1");
    }

    @Test
    void rejectRefundSendsTheReason() {
        GraphQlTester.Response response = graphQlTester.documentName("rejectRefund").variable("refundId", "r-1")
                .variable("reason", "outside the return window").execute();

        assertThat(sent()).isEqualTo(new RejectRefundCommand("r-1", "outside the return window"));
        answersTheRefundAsTheReadModelShowsIt(response, "rejectRefund", "r-1");
    }

    @Test
    void recordRefundResultSendsTheOutcome() {
        GraphQlTester.Response response = graphQlTester.documentName("recordRefundResult").variable("refundId", "r-1")
                .variable("succeeded", false).variable("failureReason", "account closed").execute();

        assertThat(sent()).isEqualTo(new RecordRefundResultCommand("r-1", false, "account closed"));
        answersTheRefundAsTheReadModelShowsIt(response, "recordRefundResult", "r-1");
    }

    @Test
    void retryRefundSendsTheNewMethod() {
        GraphQlTester.Response response = graphQlTester.documentName("retryRefund").variable("refundId", "r-1")
                .variable("method", "BALANCE").execute();

        assertThat(sent()).isEqualTo(new RetryRefundCommand("r-1", PaymentMethod.BALANCE));
        answersTheRefundAsTheReadModelShowsIt(response, "retryRefund", "r-1");
    }

    @Test
    void aRefusedRequestAnswersItsViolationAndNoRefund() {
        willThrow(CommandRefusedException.of("amount", "REFUND_EXCEEDS_PAID", "at most 188.70 can be refunded"))
                .given(commands).sendAndWait(any(RequestRefundCommand.class));

        graphQlTester.documentName("requestRefund").variable("orderId", "o-1").variable("reason", "WRONG_AMOUNT")
                .variable("amount", "500").execute()
                .path("requestRefund.refund").valueIsNull()
                .path("requestRefund.errors[0].field").entityList(String.class).containsExactly("amount")
                .path("requestRefund.errors[0].code").entity(String.class).isEqualTo("REFUND_EXCEEDS_PAID")
                .path("requestRefund.errors[0].message").entity(String.class).isEqualTo("at most 188.70 can be refunded")
                .path("requestRefund.errors").entityList(Object.class).hasSize(1);

        verifyNoInteractions(readYourWrites);
    }

    @Test
    void anUnknownRefundIsNotFoundOnTheRefundIdArgument() {
        willThrow(new AggregateNotFoundException(UNKNOWN, "not found")).given(commands).sendAndWait(any(ApproveRefundCommand.class));

        graphQlTester.documentName("approveRefund").variable("refundId", UNKNOWN).execute()
                .path("approveRefund.refund").valueIsNull()
                .path("approveRefund.errors[0].field").entityList(String.class).containsExactly("refundId")
                .path("approveRefund.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("approveRefund.errors[0].message").entity(String.class).isEqualTo("no such refund");
    }

    @Test
    void aMalformedMoneyLiteralIsRefusedByValidationBeforeAnyCommand() {
        graphQlTester.documentName("requestRefundMalformedAmount").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
                    assertThat(error.getMessage()).contains("amount").contains("Money").contains("not a decimal amount");
                }));

        verifyNoInteractions(commands, queries, readYourWrites);
    }

    private void answersTheRefundAsTheReadModelShowsIt(GraphQlTester.Response response, String mutation, String refundId) {
        response.path(mutation + ".refund.id").entity(String.class).isEqualTo(refundId)
                .path(mutation + ".refund.amount").entity(Object.class).isEqualTo("35.50")
                .path(mutation + ".errors").entityList(Object.class).hasSize(0);
        verify(readYourWrites).awaitProcessed(eq("refund-view"), eq(refundId), any());
        verify(readYourWrites, never()).await(any(), any(), any());
    }

    private Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return command.getValue();
    }
}
