package io.ledgerline.query.asof;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundRejectedEvent;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import java.time.Instant;
import java.util.Optional;

/**
 * Folds one refund's events, oldest first, into the refund as the refund read model shows it after the same
 * events (AUD-4, REF-3, REF-4). The rules are those of {@code RefundViewProjection}; instants are held as the
 * read model holds them ({@link ReadModelPrecision}).
 */
final class RefundFold {

    private String id;
    private String orderId;
    private String orderNumber;
    private RefundStatus status;
    private RefundReason reason;
    private Money amount;
    private int attempts;
    private Instant requestedAt;
    private Instant decidedAt;
    private Instant completedAt;
    private String note;
    private String failureReason;
    private long version = -1;

    /** Applies the refund's next event; events before it was opened (there are none in a real stream) are ignored. */
    void apply(Object event, long sequence) {
        if (event instanceof RefundOpenedEvent opened) {
            id = opened.refundId();
            orderId = opened.orderId();
            orderNumber = opened.orderNumber();
            status = RefundStatus.REQUESTED;
            reason = opened.reason();
            amount = opened.amount();
            requestedAt = ReadModelPrecision.of(opened.requestedAt());
            note = opened.note();
        } else if (id == null) {
            return;
        } else {
            change(event);
        }
        version = sequence;
    }

    private void change(Object event) {
        switch (event) {
            case RefundApprovedEvent e -> {
                status = RefundStatus.APPROVED;
                decidedAt = ReadModelPrecision.of(e.decidedAt());
            }
            case RefundRejectedEvent e -> {
                status = RefundStatus.REJECTED;
                decidedAt = ReadModelPrecision.of(e.decidedAt());
            }
            case RefundPaymentStartedEvent e -> {
                status = RefundStatus.PROCESSING;
                attempts = e.attempt();
            }
            case RefundFailedEvent e -> {
                status = RefundStatus.FAILED;
                failureReason = e.reason();
                attempts = e.attempt();
            }
            case RefundCompletedEvent e -> {
                status = RefundStatus.COMPLETED;
                completedAt = ReadModelPrecision.of(e.completedAt());
            }
            default -> {
                // an event the refund read model does not show
            }
        }
    }

    /** The refund after the events applied so far; empty if it was not opened by them. */
    Optional<RefundView> refund() {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new RefundView(id, orderId, orderNumber, status, reason, amount, attempts, requestedAt,
                decidedAt, completedAt, note, failureReason));
    }

    /** The sequence number of the last event applied; -1 before any. */
    long version() {
        return version;
    }
}
