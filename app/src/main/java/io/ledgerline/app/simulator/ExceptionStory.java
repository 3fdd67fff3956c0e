package io.ledgerline.app.simulator;

import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.refund.RefundReason;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A logistics exception on a parcel in transit (ORD-12): customer service reports it with a severity that
 * fits, and resolves it, mostly before its handling deadline, sometimes after (the deadline escalates it
 * first). Delays, misdeliveries and damaged parcels still arrive, later; a lost parcel is either sent again
 * or refunded in full; a damaged item may be refunded while the rest arrives.
 */
final class ExceptionStory {

    private final World world;
    private final Random random;
    private final Outcomes.Fate fate;
    private final String orderId;
    private final OrderStory order;
    private final String exceptionId = UUID.randomUUID().toString();
    private ExceptionType type;

    ExceptionStory(World world, Random random, Outcomes.Fate fate, String orderId, OrderStory order) {
        this.world = world;
        this.random = random;
        this.fate = fate;
        this.orderId = orderId;
        this.order = order;
    }

    void report() {
        type = fate.exception();
        Severity severity = switch (type) {
            case LOST -> Severity.MAJOR;
            case DAMAGED -> random.nextBoolean() ? Severity.MAJOR : Severity.MODERATE;
            case MISDELIVERED -> Severity.MODERATE;
            case DELAYED -> random.nextInt(10) < 6 ? Severity.MINOR : Severity.MODERATE;
            case TRACKING_INFO_ERROR -> Severity.MINOR;
        };
        if (!world.actions.send(service(), new ReportLogisticsExceptionCommand(orderId, exceptionId, type, severity,
                note()))) {
            order.resumeDelivery(Duration.ZERO);
            return;
        }
        world.stats.count("logistics exceptions reported");
        long handlingMinutes = handlingTime(severity).toMinutes();
        Duration resolveAfter = fate.resolvedInTime()
                ? Duration.ofMinutes(handlingMinutes / 10 + random.nextLong(handlingMinutes * 8 / 10))
                : Duration.ofMinutes(handlingMinutes + 30 + random.nextLong(12 * 60));
        world.after(resolveAfter, this::resolve);
    }

    private void resolve() {
        ExceptionResolution resolution = switch (type) {
            case DELAYED -> random.nextInt(10) < 6 ? ExceptionResolution.NO_ACTION : ExceptionResolution.COMPENSATED;
            case MISDELIVERED -> ExceptionResolution.REDIRECTED;
            case TRACKING_INFO_ERROR -> ExceptionResolution.NO_ACTION;
            // Cash on delivery is not paid yet, so there is nothing to refund: the goods are sent again.
            case DAMAGED, LOST -> order.paidUpFront() && random.nextBoolean() ? ExceptionResolution.REFUNDED
                    : ExceptionResolution.RESHIPPED;
        };
        if (!world.actions.send(service(), new ResolveLogisticsExceptionCommand(orderId, exceptionId, resolution,
                "resolved with the carrier: " + resolution.name().toLowerCase().replace('_', ' ')))) {
            order.resumeDelivery(Duration.ZERO);
            return;
        }
        world.stats.count("logistics exceptions resolved");
        switch (resolution) {
            case REFUNDED -> refund();
            case RESHIPPED -> order.resumeDelivery(Duration.ofHours(48 + random.nextInt(48)));
            case REDIRECTED, COMPENSATED -> order.resumeDelivery(Duration.ofHours(12 + random.nextInt(36)));
            case NO_ACTION -> order.resumeDelivery(type == ExceptionType.DELAYED
                    ? Duration.ofHours(12 + random.nextInt(24)) : Duration.ZERO);
        }
    }

    /** A lost parcel is refunded in full and never arrives; a damaged item is refunded and the rest arrives. */
    private void refund() {
        if (type == ExceptionType.LOST) {
            if (!RefundStory.request(world, random, fate, orderId, RefundReason.LOGISTICS_EXCEPTION, order.total(),
                    List.of(), false, "parcel lost in transit", false)) {
                order.resumeDelivery(Duration.ZERO);
            }
            return;
        }
        OrderLine damaged = order.lines().get(random.nextInt(order.lines().size()));
        RefundStory.request(world, random, fate, orderId, RefundReason.LOGISTICS_EXCEPTION, damaged.lineTotal(),
                List.of(damaged.sku()), false, "item damaged in transit", false);
        order.resumeDelivery(Duration.ZERO);
    }

    private Duration handlingTime(Severity severity) {
        return switch (severity) {
            case MINOR -> world.settings.minorHandlingTime();
            case MODERATE -> world.settings.moderateHandlingTime();
            case MAJOR -> world.settings.majorHandlingTime();
        };
    }

    private String note() {
        return switch (type) {
            case DELAYED -> "parcel stuck at the sorting centre";
            case LOST -> "carrier cannot locate the parcel";
            case DAMAGED -> "customer reports a crushed box";
            case MISDELIVERED -> "delivered to the wrong address";
            case TRACKING_INFO_ERROR -> "tracking shows another city";
        };
    }

    private Staff.Member service() {
        return world.staff.anyone(Staff.Role.CUSTOMER_SERVICE, random);
    }
}
