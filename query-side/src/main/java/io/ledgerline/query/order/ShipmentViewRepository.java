package io.ledgerline.query.order;

import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingEventView;
import io.ledgerline.api.order.TrackingStatus;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for shipments (ORD-9) and their tracking events (ORD-10) in the order read model. Inserts are idempotent by key. */
@Repository
class ShipmentViewRepository {

    private final JdbcClient jdbc;

    ShipmentViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertShipment(OrderShippedEvent event) {
        jdbc.sql("""
                        insert into order_shipment_view (order_id, carrier, tracking_number, shipped_at) values (?, ?, ?, ?)
                        on conflict (order_id) do nothing""")
                .params(event.orderId(), event.carrier(), event.trackingNumber(), Timestamp.from(event.shippedAt()))
                .update();
    }

    /** Keyed by the event's sequence number in its order: the same event never makes two rows. */
    void insertTrackingEvent(TrackingEventRecordedEvent event, long sequence) {
        jdbc.sql("""
                        insert into order_tracking_event_view (order_id, sequence, status, at, location, note, signer)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (order_id, sequence) do nothing""")
                .params(event.orderId(), sequence, event.status().name(), Timestamp.from(event.at()), event.location(),
                        event.note(), event.signer())
                .update();
    }

    /** The shipments of these orders with their tracking events, in one statement. */
    List<ShipmentView> findByOrderIds(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        Map<String, ShipmentView> shipments = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.order_id, s.carrier, s.tracking_number, s.shipped_at,
                               t.status, t.at, t.location, t.note, t.signer
                        from order_shipment_view s
                        left join order_tracking_event_view t on t.order_id = s.order_id
                        where s.order_id in (:ids)
                        order by s.order_id, t.sequence""")
                .param("ids", orderIds)
                .query((ResultSet rs) -> {
                    String orderId = rs.getString("order_id");
                    ShipmentView shipment = shipments.get(orderId);
                    if (shipment == null) {
                        shipment = new ShipmentView(orderId, rs.getString("carrier"), rs.getString("tracking_number"),
                                rs.getTimestamp("shipped_at").toInstant(), new ArrayList<>());
                        shipments.put(orderId, shipment);
                    }
                    if (rs.getString("status") != null) {
                        shipment.events().add(new TrackingEventView(TrackingStatus.valueOf(rs.getString("status")),
                                rs.getTimestamp("at").toInstant(), rs.getString("location"), rs.getString("note"),
                                rs.getString("signer")));
                    }
                });
        return shipments.values().stream().map(s -> new ShipmentView(s.orderId(), s.carrier(), s.trackingNumber(),
                s.shippedAt(), List.copyOf(s.events()))).toList();
    }
}
