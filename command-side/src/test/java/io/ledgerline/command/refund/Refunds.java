package io.ledgerline.command.refund;

import io.ledgerline.command.RefusalMatcher;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.OpenRefundCommand;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundRejectedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

/** Test data for the refund tests: one refund of a paid order, its history, and a matcher for refusals. */
final class Refunds {

    static final String REFUND_ID = "refund-1";
    static final String ORDER_ID = "order-1";
    static final String ORDER_NUMBER = "SO-20261123-000042";
    static final Money AMOUNT = Money.of("129.00");
    static final List<String> SKUS = List.of("SKU-2");
    static final PaymentMethod ORIGINAL_METHOD = PaymentMethod.ONLINE;
    static final String NOTE = "lid cracked on arrival";

    /** When the history given to a test happened; the command under test is stamped {@link #NOW}. */
    static final Instant EARLIER = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    private Refunds() {
    }

    static AggregateTestFixture<Refund> fixture() {
        AggregateTestFixture<Refund> fixture = new AggregateTestFixture<>(Refund.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    static OpenRefundCommand open() {
        return new OpenRefundCommand(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, AMOUNT, SKUS,
                true, ORIGINAL_METHOD, NOTE);
    }

    static RefundOpenedEvent opened() {
        return new RefundOpenedEvent(REFUND_ID, ORDER_ID, ORDER_NUMBER, RefundReason.QUALITY_ISSUE, AMOUNT, SKUS,
                true, ORIGINAL_METHOD, NOTE, EARLIER);
    }

    static RefundApprovedEvent approved() {
        return new RefundApprovedEvent(REFUND_ID, ORDER_ID, AMOUNT, EARLIER);
    }

    static RefundRejectedEvent rejected() {
        return new RefundRejectedEvent(REFUND_ID, ORDER_ID, AMOUNT, "not a quality issue", EARLIER);
    }

    static RefundPaymentStartedEvent started(PaymentMethod method, int attempt) {
        return new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, method, attempt, EARLIER);
    }

    static RefundFailedEvent failed(int attempt) {
        return new RefundFailedEvent(REFUND_ID, ORDER_ID, "card account closed", attempt, EARLIER);
    }

    /** The history of an approved refund whose first payment is in progress. */
    static Object[] processing() {
        return new Object[] {opened(), approved(), started(ORIGINAL_METHOD, 1)};
    }

    /** A {@link CommandRefusedException} naming this violation ({@code field} empty for a state refusal). */
    static Matcher<CommandRefusedException> refusedWith(String field, String code) {
        return RefusalMatcher.refusal(field, code);
    }
}
