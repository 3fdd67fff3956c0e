package io.ledgerline.app.simulator;

import io.ledgerline.api.order.ExceptionType;
import java.util.Random;

/**
 * How often things go which way, as decks (see {@link Deck}): the rates of a plausible Chinese online shop,
 * exact over every deck, so that a short simulation still shows each kind of activity. Each order's fate is
 * drawn when the order is generated, one order after the other, so that a seed always deals the same fates
 * however the orders' lives interleave afterwards.
 */
final class Outcomes {

    /** What happens between placing an order and paying for it (not for cash on delivery). */
    enum Payment { PAY, FAIL_THEN_PAY, MISMATCH_THEN_PAY, MODIFY_THEN_PAY, CANCEL, TIMEOUT }

    /** What the customer does once the parcel is delivered. */
    enum AfterDelivery { CONFIRM, AUTO_COMPLETE, RETURN, QUALITY_RETURN, LATE_QUALITY_REFUND }

    /**
     * One order's fate: a business buying in bulk (and whether the clerk approves it), how payment goes,
     * whether it is refunded before shipping, which logistics exception it meets (null for none) and
     * whether that is resolved in time, what the customer does after delivery, and how finance and the
     * payment provider treat its refunds.
     */
    record Fate(boolean bulk, boolean reviewApproved, Payment payment, boolean refundBeforeShipping,
                ExceptionType exception, boolean resolvedInTime, AfterDelivery afterDelivery, boolean refundApproved,
                boolean refundPaidFirstTime) {
    }

    private final Deck<Payment> payment;
    private final Deck<Boolean> bulkOrder;
    private final Deck<Boolean> reviewApproved;
    private final Deck<Boolean> refundBeforeShipping;
    private final Deck<Boolean> logisticsException;
    private final Deck<ExceptionType> exceptionType;
    private final Deck<Boolean> resolvedInTime;
    private final Deck<AfterDelivery> afterDelivery;
    private final Deck<Boolean> refundApproved;
    private final Deck<Boolean> refundPaidFirstTime;

    Outcomes(Random random) {
        payment = Deck.<Payment>of(random).with(79, Payment.PAY).with(7, Payment.FAIL_THEN_PAY)
                .with(2, Payment.MISMATCH_THEN_PAY).with(2, Payment.MODIFY_THEN_PAY).with(4, Payment.CANCEL)
                .with(6, Payment.TIMEOUT);
        bulkOrder = Deck.<Boolean>of(random).with(2, true).with(98, false);
        reviewApproved = Deck.<Boolean>of(random).with(4, true).with(1, false);
        refundBeforeShipping = Deck.<Boolean>of(random).with(1, true).with(59, false);
        logisticsException = Deck.<Boolean>of(random).with(1, true).with(19, false);
        exceptionType = Deck.<ExceptionType>of(random).with(9, ExceptionType.DELAYED)
                .with(3, ExceptionType.MISDELIVERED).with(3, ExceptionType.TRACKING_INFO_ERROR)
                .with(3, ExceptionType.DAMAGED).with(2, ExceptionType.LOST);
        resolvedInTime = Deck.<Boolean>of(random).with(3, true).with(1, false);
        afterDelivery = Deck.<AfterDelivery>of(random).with(45, AfterDelivery.CONFIRM)
                .with(41, AfterDelivery.AUTO_COMPLETE).with(7, AfterDelivery.RETURN)
                .with(4, AfterDelivery.QUALITY_RETURN).with(3, AfterDelivery.LATE_QUALITY_REFUND);
        refundApproved = Deck.<Boolean>of(random).with(9, true).with(1, false);
        refundPaidFirstTime = Deck.<Boolean>of(random).with(15, true).with(1, false);
    }

    /** The next order's fate. Called by one thread, in the order orders are generated. */
    Fate next() {
        boolean bulk = bulkOrder.draw();
        boolean approved = !bulk || reviewApproved.draw();
        ExceptionType exception = logisticsException.draw() ? exceptionType.draw() : null;
        boolean inTime = exception == null || resolvedInTime.draw();
        return new Fate(bulk, approved, payment.draw(), refundBeforeShipping.draw(), exception, inTime,
                afterDelivery.draw(), refundApproved.draw(), refundPaidFirstTime.draw());
    }
}
