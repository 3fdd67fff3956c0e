package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.common.Violation;
import io.ledgerline.api.order.ApproveOrderCommand;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordPaymentFailureCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.RejectOrderCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The order mutations: each translates its arguments into one command on Axon's command bus and answers the
 * order as the read model shows it afterwards (read-your-writes), or the {@code UserError}s of a refusal.
 */
@GraphQlTest(controllers = OrderMutationController.class)
class OrderMutationControllerTest extends MutationSliceTest {

    private static final String UNKNOWN = "o-404";

    @BeforeEach
    @SuppressWarnings("unchecked")
    void theReadModelHoldsEveryOrderButTheUnknownOne() {
        given(queries.query(any(FindOrderQuery.class), any(ResponseType.class))).willAnswer(invocation -> {
            String orderId = invocation.<FindOrderQuery>getArgument(0).orderId();
            return done(UNKNOWN.equals(orderId) ? Optional.empty() : Optional.of(order(orderId)));
        });
        Views.upToDate(readYourWrites);
    }

    @Test
    void placeOrderWithAnIdempotencyKeySendsPlaceOrderUnderTheKeysOrderId() {
        String orderId = PlaceOrderCommand.orderIdFor("customer-1", "key-1");

        GraphQlTester.Response response = graphQlTester.documentName("placeOrder")
                .variable("input", placeOrderInput("key-1")).execute();

        assertThat(sent()).isEqualTo(new PlaceOrderCommand(orderId, "customer-1", Channel.MINI_PROGRAM, PaymentMethod.ONLINE,
                DeliveryMethod.EXPRESS, new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 West Lake Rd", "310000"),
                List.of(new OrderLine("SKU-TEA", "Longjing tea", "Food", Money.of("62.90"), 3),
                        new OrderLine("SKU-CUP", "Celadon cup", "Home", Money.of("15.00"), 2)), "key-1"));
        answersTheOrderAsTheReadModelShowsIt(response, "placeOrder", orderId);
    }

    @Test
    void placeOrderWithoutAnIdempotencyKeyAnswersTheOrderItPlacedUnderANewId() {
        GraphQlTester.Response response = graphQlTester.documentName("placeOrder")
                .variable("input", placeOrderInput(null)).execute();

        PlaceOrderCommand placed = (PlaceOrderCommand) sent();
        assertThat(UUID.fromString(placed.orderId())).isNotNull();
        assertThat(placed.idempotencyKey()).isNull();
        answersTheOrderAsTheReadModelShowsIt(response, "placeOrder", placed.orderId());
    }

    @Test
    void modifyOrderSendsTheNewLines() {
        GraphQlTester.Response response = graphQlTester.documentName("modifyOrder").variable("orderId", "o-1")
                .variable("lines", List.of(Map.of("sku", "SKU-TEA", "productName", "Longjing tea", "category", "Food",
                        "unitPrice", "62.9", "quantity", 1)))
                .execute();

        assertThat(sent()).isEqualTo(new ModifyOrderLinesCommand("o-1",
                List.of(new OrderLine("SKU-TEA", "Longjing tea", "Food", Money.of("62.90"), 1))));
        answersTheOrderAsTheReadModelShowsIt(response, "modifyOrder", "o-1");
    }

    @Test
    void cancelOrderSendsTheReason() {
        GraphQlTester.Response response = graphQlTester.documentName("cancelOrder").variable("orderId", "o-1")
                .variable("reason", "changed my mind").execute();

        assertThat(sent()).isEqualTo(new CancelOrderCommand("o-1", "changed my mind"));
        answersTheOrderAsTheReadModelShowsIt(response, "cancelOrder", "o-1");
    }

    @Test
    void recordPaymentSendsTheAmountAsMoney() {
        GraphQlTester.Response response = graphQlTester.documentName("recordPayment").variable("orderId", "o-1")
                .variable("method", "BANK_TRANSFER").variable("amount", "188.7").variable("transactionRef", "tx-1").execute();

        assertThat(sent()).isEqualTo(new RecordPaymentCommand("o-1", PaymentMethod.BANK_TRANSFER, Money.of("188.70"), "tx-1"));
        answersTheOrderAsTheReadModelShowsIt(response, "recordPayment", "o-1");
    }

    @Test
    void recordPaymentFailureSendsTheReason() {
        GraphQlTester.Response response = graphQlTester.documentName("recordPaymentFailure").variable("orderId", "o-1")
                .variable("reason", "card declined").execute();

        assertThat(sent()).isEqualTo(new RecordPaymentFailureCommand("o-1", "card declined"));
        answersTheOrderAsTheReadModelShowsIt(response, "recordPaymentFailure", "o-1");
    }

    @Test
    void approveOrderSendsApproveOrder() {
        GraphQlTester.Response response = graphQlTester.documentName("approveOrder").variable("orderId", "o-1").execute();

        assertThat(sent()).isEqualTo(new ApproveOrderCommand("o-1"));
        answersTheOrderAsTheReadModelShowsIt(response, "approveOrder", "o-1");
    }

    @Test
    void rejectOrderSendsTheReason() {
        GraphQlTester.Response response = graphQlTester.documentName("rejectOrder").variable("orderId", "o-1")
                .variable("reason", "suspected fraud").execute();

        assertThat(sent()).isEqualTo(new RejectOrderCommand("o-1", "suspected fraud"));
        answersTheOrderAsTheReadModelShowsIt(response, "rejectOrder", "o-1");
    }

    @Test
    void shipOrderSendsCarrierAndTrackingNumber() {
        GraphQlTester.Response response = graphQlTester.documentName("shipOrder").variable("orderId", "o-1")
                .variable("carrier", "SF Express").variable("trackingNumber", "SF123").execute();

        assertThat(sent()).isEqualTo(new ShipOrderCommand("o-1", "SF Express", "SF123"));
        answersTheOrderAsTheReadModelShowsIt(response, "shipOrder", "o-1");
    }

    @Test
    void recordTrackingEventSendsStatusLocationNoteAndSigner() {
        GraphQlTester.Response response = graphQlTester.documentName("recordTrackingEvent").variable("orderId", "o-1")
                .variable("status", "DELIVERED").variable("location", "Hangzhou").variable("note", "left at the door")
                .variable("signer", "Li Wei").execute();

        assertThat(sent()).isEqualTo(new RecordTrackingEventCommand("o-1", TrackingStatus.DELIVERED, "Hangzhou",
                "left at the door", "Li Wei"));
        answersTheOrderAsTheReadModelShowsIt(response, "recordTrackingEvent", "o-1");
    }

    @Test
    void confirmReceiptSendsConfirmReceipt() {
        GraphQlTester.Response response = graphQlTester.documentName("confirmReceipt").variable("orderId", "o-1").execute();

        assertThat(sent()).isEqualTo(new ConfirmReceiptCommand("o-1"));
        answersTheOrderAsTheReadModelShowsIt(response, "confirmReceipt", "o-1");
    }

    @Test
    void reportLogisticsExceptionSendsItUnderANewExceptionId() {
        GraphQlTester.Response response = graphQlTester.documentName("reportLogisticsException").variable("orderId", "o-1")
                .variable("type", "DAMAGED").variable("severity", "MAJOR").variable("note", "box crushed").execute();

        ReportLogisticsExceptionCommand reported = (ReportLogisticsExceptionCommand) sent();
        assertThat(UUID.fromString(reported.exceptionId())).isNotNull();
        assertThat(reported).isEqualTo(new ReportLogisticsExceptionCommand("o-1", reported.exceptionId(), ExceptionType.DAMAGED,
                Severity.MAJOR, "box crushed"));
        answersTheOrderAsTheReadModelShowsIt(response, "reportLogisticsException", "o-1");
    }

    @Test
    void resolveLogisticsExceptionSendsTheResolution() {
        GraphQlTester.Response response = graphQlTester.documentName("resolveLogisticsException").variable("orderId", "o-1")
                .variable("exceptionId", "x-1").variable("resolution", "RESHIPPED").variable("note", "sent again").execute();

        assertThat(sent()).isEqualTo(new ResolveLogisticsExceptionCommand("o-1", "x-1", ExceptionResolution.RESHIPPED,
                "sent again"));
        answersTheOrderAsTheReadModelShowsIt(response, "resolveLogisticsException", "o-1");
    }

    @Test
    void aRefusalAnswersItsViolationsWithTheFieldPathSplitOnDotsAndTheOrderUnchanged() {
        willThrow(new CommandRefusedException(List.of(
                Violation.of("lines.0.quantity", "QUANTITY_NOT_POSITIVE", "quantity must be at least 1"),
                Violation.state("MODIFICATIONS_EXHAUSTED", "the order cannot be modified any more"))))
                .given(commands).sendAndWait(any(ModifyOrderLinesCommand.class));

        graphQlTester.documentName("modifyOrder").variable("orderId", "o-1")
                .variable("lines", List.of(Map.of("sku", "SKU-TEA", "productName", "Longjing tea", "category", "Food",
                        "unitPrice", "62.90", "quantity", 0)))
                .execute()
                .path("modifyOrder.order.id").entity(String.class).isEqualTo("o-1")
                .path("modifyOrder.errors[0].field").entityList(String.class).containsExactly("lines", "0", "quantity")
                .path("modifyOrder.errors[0].code").entity(String.class).isEqualTo("QUANTITY_NOT_POSITIVE")
                .path("modifyOrder.errors[0].message").entity(String.class).isEqualTo("quantity must be at least 1")
                .path("modifyOrder.errors[1].field").valueIsNull()
                .path("modifyOrder.errors[1].code").entity(String.class).isEqualTo("MODIFICATIONS_EXHAUSTED")
                .path("modifyOrder.errors[1].message").entity(String.class).isEqualTo("the order cannot be modified any more")
                .path("modifyOrder.errors").entityList(Object.class).hasSize(2);

        verifyNoInteractions(readYourWrites);
    }

    @Test
    void anUnknownOrderIsNotFoundOnTheOrderIdArgumentEvenWhenTheBusWrapsIt() {
        willThrow(new CommandExecutionException("handling failed", new AggregateNotFoundException(UNKNOWN, "not found")))
                .given(commands).sendAndWait(any(ApproveOrderCommand.class));

        graphQlTester.documentName("approveOrder").variable("orderId", UNKNOWN).execute()
                .path("approveOrder.order").valueIsNull()
                .path("approveOrder.errors[0].field").entityList(String.class).containsExactly("orderId")
                .path("approveOrder.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("approveOrder.errors[0].message").entity(String.class).isEqualTo("no such order")
                .path("approveOrder.errors").entityList(Object.class).hasSize(1);

        verifyNoInteractions(readYourWrites);
    }

    @Test
    void aConcurrentChangeIsAConflictToTryAgain() {
        willThrow(new ConcurrencyException("sequence 5 already taken")).given(commands).sendAndWait(any(CancelOrderCommand.class));

        graphQlTester.documentName("cancelOrder").variable("orderId", "o-1").variable("reason", "changed my mind").execute()
                .path("cancelOrder.order.id").entity(String.class).isEqualTo("o-1")
                .path("cancelOrder.errors[0].field").valueIsNull()
                .path("cancelOrder.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
    }

    @Test
    void aFailureThatIsNotTheCallersToFixStaysAnErrorOfTheOperation() {
        willThrow(new IllegalStateException("command bus is down")).given(commands).sendAndWait(any(ShipOrderCommand.class));

        graphQlTester.documentName("shipOrder").variable("orderId", "o-1").variable("carrier", "SF Express")
                .variable("trackingNumber", "SF123").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getPath()).isEqualTo("shipOrder");
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                }));
    }

    @Test
    void aReadModelThatDoesNotCatchUpInTimeIsReportedNextToTheLastViewSeen() {
        Views.timedOut(readYourWrites);

        graphQlTester.documentName("confirmReceipt").variable("orderId", "o-1").execute()
                .path("confirmReceipt.order.id").entity(String.class).isEqualTo("o-1")
                .path("confirmReceipt.errors[0].field").valueIsNull()
                .path("confirmReceipt.errors[0].code").entity(String.class).isEqualTo("READ_MODEL_TIMEOUT")
                .path("confirmReceipt.errors[0].message").entity(String.class).satisfies(message ->
                        assertThat(message).contains("5000 ms"));
    }

    @Test
    void aMalformedMoneyLiteralIsRefusedByValidationBeforeAnyCommand() {
        graphQlTester.documentName("recordPaymentMalformedAmount").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
                    assertThat(error.getMessage()).contains("amount").contains("Money").contains("two decimal places");
                }));
        graphQlTester.documentName("recordPaymentAmountAsNumber").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
                    assertThat(error.getMessage()).contains("amount").contains("Money");
                }));

        verifyNoInteractions(commands, queries, readYourWrites);
    }

    @Test
    void aMalformedMoneyVariableIsRefusedBeforeAnyCommand() {
        graphQlTester.documentName("recordPayment").variable("orderId", "o-1").variable("method", "ONLINE")
                .variable("amount", "twelve").variable("transactionRef", "tx-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("amount").contains("not a decimal amount")));

        verifyNoInteractions(commands);
    }

    @Test
    void aMoneyVariableGivenAsANumberOrInExponentNotationIsRefused() {
        for (Object amount : new Object[] {12.5, "1e2"}) {
            graphQlTester.documentName("recordPayment").variable("orderId", "o-1").variable("method", "ONLINE")
                    .variable("amount", amount).variable("transactionRef", "tx-1").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                            assertThat(error.getMessage()).contains("amount")));
        }

        verifyNoInteractions(commands);
    }

    /** The order of the payload is the one read-your-writes waited for, with no user errors. */
    private void answersTheOrderAsTheReadModelShowsIt(GraphQlTester.Response response, String mutation, String orderId) {
        response.path(mutation + ".order.id").entity(String.class).isEqualTo(orderId)
                .path(mutation + ".order.total").entity(Object.class).isEqualTo("188.70")
                .path(mutation + ".order.updatedAt").entity(Object.class).isEqualTo("2026-11-23T10:15:30Z")
                .path(mutation + ".errors").entityList(Object.class).hasSize(0);
        if (mutation.equals("placeOrder") || mutation.equals("modifyOrder")) {
            verify(readYourWrites).awaitStockDecision(eq(orderId), any(), any()); // ORD-3: answered with the stock decided
        } else {
            verify(readYourWrites).await(eq(orderId), any(), any());
        }
        verify(readYourWrites, never()).awaitProcessed(any(), any(), any());
    }

    private Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return command.getValue();
    }

    private static Map<String, Object> placeOrderInput(String idempotencyKey) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("customerId", "customer-1", "channel", "MINI_PROGRAM",
                "paymentMethod", "ONLINE", "deliveryMethod", "EXPRESS",
                "shippingAddress", Map.of("recipient", "Li Wei", "phone", "13800000000", "province", "Zhejiang",
                        "city", "Hangzhou", "line", "1 West Lake Rd", "postalCode", "310000"),
                "lines", List.of(
                        Map.of("sku", "SKU-TEA", "productName", "Longjing tea", "category", "Food", "unitPrice", "62.90",
                                "quantity", 3),
                        Map.of("sku", "SKU-CUP", "productName", "Celadon cup", "category", "Home", "unitPrice", "15",
                                "quantity", 2))));
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return input;
    }
}
