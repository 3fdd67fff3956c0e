package io.ledgerline.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * AUD-4: an order driven through its whole life, {@code order(id)} read at each settled step, and afterwards
 * {@code orderAsOf} asked for each of those instants. Event times come from Axon's clock (the system clock; the
 * test's {@code MutableClock} only sets the times inside payloads and is not moved here).
 */
class PointInTimeIntegrationTest extends AuditIntegrationTest {

    private static final String ORDER_FIELDS = """
            id orderNumber customerId channel status total amountPaid amountRefunded paymentMethod deliveryMethod
            modificationsLeft placedAt updatedAt version
            shippingAddress { recipient phone province city line postalCode }
            lines { sku productName category unitPrice quantity lineTotal }
            shipment { carrier trackingNumber shippedAt events { status at location note } }
            exceptions { id type severity reportedAt dueBy escalated resolvedAt resolution note }
            refunds { id orderId orderNumber status reason amount attempts requestedAt decidedAt completedAt note failureReason
                      history { globalIndex sequence eventType actor } }
            history { globalIndex sequence eventType actor role correlationId causationId payload }""";
    private static final String ORDER = "query($id: ID) { order(id: $id) { " + ORDER_FIELDS + " } }";
    private static final String ORDER_AS_OF = "query($id: ID!, $at: DateTime!) { orderAsOf(id: $id, at: $at) { " + ORDER_FIELDS + " } }";

    /** {@code order(id)} as read at {@code at}. */
    private record Seen(Instant at, Map<String, Object> order) {
    }

    @Test
    @DisplayName("AUD-4, ORD-13: orderAsOf at each instant of an order's life equals what order(id) showed then, nested shipment, exceptions, refunds and histories included")
    void asOfEqualsWhatWasSeen() {
        String sku = uniqueSku();
        Instant beforePlacement = Instant.now();
        awaitNextMillisecond(beforePlacement);
        PlaceOrderCommand order = confirmedKettles(sku);
        String id = order.orderId();
        List<Seen> seen = new ArrayList<>();

        seen.add(settled(id, o -> version(o) == 1));
        commands.sendAndWait(new ModifyOrderLinesCommand(id, List.of(new OrderLine(sku, "Audit kettle", "KITCHEN", Money.of("50.00"), 1))));
        seen.add(settled(id, o -> version(o) == 3));
        journeys().pay(id, Money.of("50.00"));
        seen.add(settled(id, o -> version(o) == 5));
        commands.sendAndWait(new ShipOrderCommand(id, "SF Express", "SF-ASOF-1"));
        seen.add(settled(id, o -> version(o) == 6));
        String exceptionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportLogisticsExceptionCommand(id, exceptionId, ExceptionType.DELAYED, Severity.MINOR, "held at hub"));
        seen.add(settled(id, o -> version(o) == 7));
        commands.sendAndWait(new RecordTrackingEventCommand(id, TrackingStatus.IN_TRANSIT, "Dongguan hub", "sorted", null));
        seen.add(settled(id, o -> version(o) == 8));
        commands.sendAndWait(new ResolveLogisticsExceptionCommand(id, exceptionId, ExceptionResolution.REDIRECTED, "via Huizhou"));
        seen.add(settled(id, o -> version(o) == 9));
        commands.sendAndWait(new RecordTrackingEventCommand(id, TrackingStatus.DELIVERED, "Front desk", null, "Zhao Min"));
        seen.add(settled(id, o -> version(o) == 11));
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(id, refundId, RefundReason.QUALITY_ISSUE, Money.of("20.00"), List.of(sku),
                false, null, "scratched"));
        seen.add(settled(id, o -> version(o) == 12 && refundStatus(o).equals(List.of("REQUESTED"))));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        seen.add(settled(id, o -> refundStatus(o).equals(List.of("PROCESSING"))));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));
        seen.add(settled(id, o -> version(o) == 13 && refundStatus(o).equals(List.of("COMPLETED"))));
        commands.sendAndWait(new ConfirmReceiptCommand(id));
        seen.add(settled(id, o -> version(o) == 14));

        assertThat(asOf(id, beforePlacement)).as("before it was placed, the order did not exist").isNull();
        assertThat(seen).extracting(s -> s.order().get("status")).containsExactly("PENDING_PAYMENT", "PENDING_PAYMENT", "PAID",
                "SHIPPED", "SHIPPED", "SHIPPED", "SHIPPED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "COMPLETED");
        for (Seen then : seen) {
            assertThat(asOf(id, then.at())).as("orderAsOf(%s)", then.at()).isEqualTo(then.order());
        }
    }

    /**
     * Waits until {@code order(id)} shows the step's state, reads the time, and reads the order again to be sure
     * nothing moved meanwhile. Then waits for the next millisecond, so events of the next step are stored later
     * than the instant read (stored event times have millisecond precision).
     */
    private Seen settled(String id, Predicate<Map<String, Object>> reached) {
        Map<String, Object> order = await().atMost(TIMEOUT).until(() -> order(id), o -> o != null && reached.test(o));
        Instant at = Instant.now();
        assertThat(order(id)).as("the order did not move while the time was read").isEqualTo(order);
        awaitNextMillisecond(at);
        return new Seen(at, order);
    }

    private static void awaitNextMillisecond(Instant at) {
        Instant next = at.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        await().pollInterval(Duration.ofMillis(1)).until(() -> Instant.now().isAfter(next));
    }

    private Map<String, Object> order(String id) {
        return at(query(ORDER, Map.of("id", id)), "order");
    }

    private Map<String, Object> asOf(String id, Instant at) {
        return at(query(ORDER_AS_OF, Map.of("id", id, "at", at.toString())), "orderAsOf");
    }

    private static long version(Map<String, Object> order) {
        return ((Number) order.get("version")).longValue();
    }

    private static List<Object> refundStatus(Map<String, Object> order) {
        List<Map<String, Object>> refunds = at(order, "refunds");
        return refunds.stream().map(refund -> refund.get("status")).toList();
    }
}
