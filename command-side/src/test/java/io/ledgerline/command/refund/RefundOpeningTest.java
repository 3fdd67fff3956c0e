package io.ledgerline.command.refund;

import static io.ledgerline.command.refund.Refunds.AMOUNT;
import static io.ledgerline.command.refund.Refunds.NOTE;
import static io.ledgerline.command.refund.Refunds.NOW;
import static io.ledgerline.command.refund.Refunds.ORDER_ID;
import static io.ledgerline.command.refund.Refunds.ORDER_NUMBER;
import static io.ledgerline.command.refund.Refunds.ORIGINAL_METHOD;
import static io.ledgerline.command.refund.Refunds.REFUND_ID;
import static io.ledgerline.command.refund.Refunds.SKUS;
import static io.ledgerline.command.refund.Refunds.refusedWith;
import static org.hamcrest.Matchers.allOf;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.OpenRefundCommand;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundReason;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REF-1: a refund the order accepted is opened, awaiting review; malformed data is refused field by field. */
class RefundOpeningTest {

    private AggregateTestFixture<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = Refunds.fixture();
    }

    @Test
    @DisplayName("REF-1: an opened refund records the accepted request and when it was made")
    void opensARefund() {
        fixture.givenNoPriorActivity()
                .when(Refunds.open())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundOpenedEvent(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE,
                        AMOUNT, SKUS, true, ORIGINAL_METHOD, NOTE, NOW));
    }

    @Test
    @DisplayName("REF-1: opening an already open refund again (a retried saga) changes nothing")
    void reopeningIsANoOp() {
        fixture.given(Refunds.opened())
                .when(Refunds.open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: skus and note are optional; a refund without skus records an empty list")
    void skusAndNoteAreOptional() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.DUPLICATE_PAYMENT, AMOUNT,
                        null, false, PaymentMethod.BANK_TRANSFER, null))
                .expectEvents(new RefundOpenedEvent(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.DUPLICATE_PAYMENT,
                        AMOUNT, List.of(), false, PaymentMethod.BANK_TRANSFER, null, NOW));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.00", "-5.00"})
    @DisplayName("REF-1: a refund of zero or less is refused, naming the amount")
    void refusesAnAmountThatIsNotPositive(String amount) {
        fixture.givenNoPriorActivity()
                .when(withAmount(Money.of(amount)))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("amount", "AMOUNT_NOT_POSITIVE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund without an amount is refused, naming the amount")
    void refusesAMissingAmount() {
        fixture.givenNoPriorActivity()
                .when(withAmount(null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("amount", "AMOUNT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund without a reason is refused, naming the reason")
    void refusesAMissingReason() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, null, AMOUNT, SKUS, true,
                        ORIGINAL_METHOD, NOTE))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("reason", "REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1, REF-3: a refund without the payment method to pay back to is refused, naming it")
    void refusesAMissingPaymentMethod() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, AMOUNT,
                        SKUS, true, null, NOTE))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("paymentMethod", "PAYMENT_METHOD_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund that does not say which order it is for is refused, naming both order fields")
    void refusesAMissingOrder() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand(REFUND_ID, null, " ", RefundReason.QUALITY_ISSUE, AMOUNT, SKUS, true,
                        ORIGINAL_METHOD, NOTE))
                .expectException(CommandRefusedException.class)
                .expectException(allOf(refusedWith("orderId", "ORDER_ID_REQUIRED"),
                        refusedWith("orderNumber", "ORDER_NUMBER_REQUIRED")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund without its own id is refused, naming the id")
    void refusesAMissingRefundId() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand("", ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, AMOUNT, SKUS, true,
                        ORIGINAL_METHOD, NOTE))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("refundId", "REFUND_ID_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: an empty sku in the list is refused, naming its position")
    void refusesABlankSku() {
        fixture.givenNoPriorActivity()
                .when(new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, AMOUNT,
                        Arrays.asList("SKU-2", ""), true, ORIGINAL_METHOD, NOTE))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("skus.1", "SKU_REQUIRED"))
                .expectNoEvents();
    }

    private static OpenRefundCommand withAmount(Money amount) {
        return new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, amount, SKUS, true,
                ORIGINAL_METHOD, NOTE);
    }
}
