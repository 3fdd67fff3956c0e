package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RejectRefundCommand;
import io.ledgerline.api.refund.RetryRefundCommand;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One refund's life (REF-1..REF-5): customer service requests it for the customer, finance reviews it
 * within a day or so and approves most, the payment provider answers within two days, and a failed
 * payback is retried the next day (re-routed to the customer's balance when the card is gone). Refunds
 * finance cannot refuse (a rejected order's, a lost parcel's) are always approved.
 */
final class RefundStory {

    private static final String[] REJECTIONS = {"no evidence of the defect", "outside the refund policy",
            "goods returned used", "duplicate request"};
    private static final String[] PROVIDER_FAILURES = {"payment provider timed out", "card account closed",
            "bank rejected the transfer"};

    private final World world;
    private final Random random;
    private final Outcomes.Fate fate;
    private final String orderId;
    private final String refundId;
    private final boolean mayBeRejected;

    private RefundStory(World world, Random random, Outcomes.Fate fate, String orderId, String refundId,
                        boolean mayBeRejected) {
        this.world = world;
        this.random = random;
        this.fate = fate;
        this.orderId = orderId;
        this.refundId = refundId;
        this.mayBeRejected = mayBeRejected;
    }

    /** Customer service requests a refund now; finance reviews it later. False if the order refused it. */
    static boolean request(World world, Random random, Outcomes.Fate fate, String orderId, RefundReason reason,
                           Money amount, List<String> skus, boolean returnGoods, String note, boolean mayBeRejected) {
        String refundId = UUID.randomUUID().toString();
        boolean accepted = world.actions.send(world.staff.anyone(Staff.Role.CUSTOMER_SERVICE, random),
                new RequestRefundCommand(orderId, refundId, reason, amount, skus, returnGoods, null, note));
        if (accepted) {
            world.stats.count(returnGoods ? "returns requested" : "refunds requested");
            new RefundStory(world, random, fate, orderId, refundId, mayBeRejected).reviewLater();
        }
        return accepted;
    }

    /** A refund someone else requested (the order itself, after a review rejection): finance takes it from here. */
    static void follow(World world, Random random, Outcomes.Fate fate, String orderId, String refundId) {
        new RefundStory(world, random, fate, orderId, refundId, false).reviewLater();
    }

    private void reviewLater() {
        world.after(World.minutes(random, 120, 30 * 60), this::review);
    }

    /** REF-3: finance takes the request from the refund list (where it appears once the refund saga opened it). */
    private void review() {
        world.readings.refundsOnce(orderId, refunds -> refunds.stream().anyMatch(refund -> refund.id().equals(refundId)));
        Staff.Member finance = world.staff.anyone(Staff.Role.FINANCE, random);
        if (mayBeRejected && !fate.refundApproved()) {
            if (world.actions.sendWaitingOn(finance, new RejectRefundCommand(refundId,
                    REJECTIONS[random.nextInt(REJECTIONS.length)]), Set.of(Actions.NOT_FOUND))) {
                world.stats.count("refunds rejected");
            }
            return;
        }
        if (world.actions.sendWaitingOn(finance, new ApproveRefundCommand(refundId), Set.of(Actions.NOT_FOUND))) {
            world.stats.count("refunds approved");
            world.after(World.minutes(random, 60, 48 * 60), () -> providerAnswers(fate.refundPaidFirstTime()));
        }
    }

    private void providerAnswers(boolean paidBack) {
        Staff.Member finance = world.staff.anyone(Staff.Role.FINANCE, random);
        String failure = paidBack ? null : PROVIDER_FAILURES[random.nextInt(PROVIDER_FAILURES.length)];
        if (!world.actions.send(finance, new RecordRefundResultCommand(refundId, paidBack, failure))) {
            return;
        }
        if (paidBack) {
            world.stats.count("refunds completed");
            return;
        }
        world.stats.count("refund payments failed");
        PaymentMethod reroute = failure.contains("closed") ? PaymentMethod.BALANCE : null;
        world.after(World.minutes(random, 60, 24 * 60), () -> {
            if (world.actions.send(world.staff.anyone(Staff.Role.FINANCE, random), new RetryRefundCommand(refundId, reroute))) {
                world.stats.count("refund payments retried");
                world.after(World.minutes(random, 60, 24 * 60), () -> providerAnswers(true));
            }
        });
    }
}
