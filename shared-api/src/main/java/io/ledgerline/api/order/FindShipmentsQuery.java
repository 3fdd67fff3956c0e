package io.ledgerline.api.order;

import java.util.List;

/** ORD-9, ORD-10: the shipments of these orders, answered as {@link ShipmentView}s (orders not shipped have none). */
public record FindShipmentsQuery(List<String> orderIds) {
}
