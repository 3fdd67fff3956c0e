package io.ledgerline.query.asof;

import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.refund.RefundView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * AUD-4: an order as it was at the instant {@code at}, folded from its events (and its refunds' events) stored
 * at or before that instant: what {@code order(id)} would have shown then, nested fields included.
 * {@code order.version()} and {@code refundVersions} name the last event folded of each aggregate, so its
 * audit trail can be cut at the same point.
 */
public record OrderAsOf(Instant at,
                        OrderView order,
                        ShipmentView shipment,
                        List<LogisticsExceptionView> exceptions,
                        List<RefundView> refunds,
                        Map<String, Long> refundVersions) {

    /** The sequence number of the last event folded into this refund; -1 for a refund not of this order. */
    public long refundVersion(String refundId) {
        return refundVersions.getOrDefault(refundId, -1L);
    }
}
