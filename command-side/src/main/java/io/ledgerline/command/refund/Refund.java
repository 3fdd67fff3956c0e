package io.ledgerline.command.refund;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.OpenRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundRejectedEvent;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RejectRefundCommand;
import io.ledgerline.api.refund.RetryRefundCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A refund of part or all of what an order's customer paid: reviewed by FINANCE (REF-3), then paid back
 * through the payment provider, retried or re-routed when that fails (REF-4). Whether the order may be
 * refunded at all (REF-1, REF-2, REF-5) was decided by the order before this refund was opened. State
 * changes only in the {@code @EventSourcingHandler}s.
 *
 * <p>Cached between commands (D58); never snapshotted: a refund's whole life is a handful of events, its
 * payment attempts being limited ({@link RetryLimit}).
 */
@Aggregate(cache = "refundCache")
class Refund {

    @AggregateIdentifier
    private String refundId;
    private String orderId;
    private Money amount;
    private List<String> skus;
    private boolean returnGoods;
    private RefundStatus status;
    private PaymentMethod method;
    private int attempts;

    Refund() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /**
     * REF-1: the saga opens the refund with the data the order accepted. Opening an open refund again is a
     * no-op, so a saga that retries its event does not fail on its own earlier success.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenRefundCommand command, Clock clock) {
        if (refundId != null) {
            return;
        }
        RefundRequestValidation.check(command);
        apply(new RefundOpenedEvent(command.refundId(), command.orderId(), command.orderNumber(), command.reason(),
                command.amount(), command.skus() == null ? List.of() : List.copyOf(command.skus()),
                command.returnGoods(), command.paymentMethod(), command.note(), clock.instant()));
    }

    /** REF-3: an approved refund is paid back at once, to the order's original payment method. */
    @CommandHandler
    void handle(ApproveRefundCommand command, Clock clock) {
        requireUndecided();
        Instant now = clock.instant();
        apply(new RefundApprovedEvent(refundId, orderId, amount, now));
        apply(new RefundPaymentStartedEvent(refundId, orderId, amount, method, 1, now));
    }

    /** REF-3: a rejection is final and must say why. */
    @CommandHandler
    void handle(RejectRefundCommand command, Clock clock) {
        requireUndecided();
        if (isBlank(command.reason())) {
            throw CommandRefusedException.of("reason", "REASON_REQUIRED", "a rejection needs a reason");
        }
        apply(new RefundRejectedEvent(refundId, orderId, amount, command.reason(), clock.instant()));
    }

    /** REF-4: the provider's answer to the payment in progress; a failure must say why. */
    @CommandHandler
    void handle(RecordRefundResultCommand command, Clock clock) {
        if (status != RefundStatus.PROCESSING) {
            throw CommandRefusedException.state("REFUND_NOT_PROCESSING",
                    "no refund payment is in progress: the refund is " + status);
        }
        if (command.succeeded()) {
            if (!isBlank(command.failureReason())) {
                throw CommandRefusedException.of("failureReason", "FAILURE_REASON_ON_SUCCESS",
                        "a successful result has no failure reason");
            }
            apply(new RefundCompletedEvent(refundId, orderId, amount, returnGoods, skus, clock.instant()));
        } else {
            if (isBlank(command.failureReason())) {
                throw CommandRefusedException.of("failureReason", "FAILURE_REASON_REQUIRED",
                        "a failed result needs the provider's reason");
            }
            apply(new RefundFailedEvent(refundId, orderId, command.failureReason(), attempts, clock.instant()));
        }
    }

    /** REF-4: a failed payment is tried again, on the same method or re-routed to another. */
    @CommandHandler
    void handle(RetryRefundCommand command, Clock clock) {
        if (status != RefundStatus.FAILED) {
            throw CommandRefusedException.state("REFUND_NOT_FAILED",
                    "only a failed refund payment can be retried: the refund is " + status);
        }
        RetryLimit.checkRetryAllowed(attempts);
        PaymentMethod next = command.method() == null ? method : command.method();
        apply(new RefundPaymentStartedEvent(refundId, orderId, amount, next, attempts + 1, clock.instant()));
    }

    @EventSourcingHandler
    void on(RefundOpenedEvent event) {
        refundId = event.refundId();
        orderId = event.orderId();
        amount = event.amount();
        skus = event.skus();
        returnGoods = event.returnGoods();
        method = event.paymentMethod();
        status = RefundStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(RefundApprovedEvent event) {
        status = RefundStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(RefundRejectedEvent event) {
        status = RefundStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(RefundPaymentStartedEvent event) {
        method = event.method();
        attempts = event.attempt();
        status = RefundStatus.PROCESSING;
    }

    @EventSourcingHandler
    void on(RefundFailedEvent event) {
        status = RefundStatus.FAILED;
    }

    @EventSourcingHandler
    void on(RefundCompletedEvent event) {
        status = RefundStatus.COMPLETED;
    }

    /** REF-3: a request is decided once; approval and rejection exclude each other. */
    private void requireUndecided() {
        if (status == RefundStatus.REJECTED) {
            throw CommandRefusedException.state("REFUND_ALREADY_REJECTED", "this refund was already rejected");
        }
        if (status != RefundStatus.REQUESTED) {
            throw CommandRefusedException.state("REFUND_ALREADY_APPROVED",
                    "this refund was already approved and is " + status);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
