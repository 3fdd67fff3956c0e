package io.ledgerline.query.order;

import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.OrderStatus;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OrderFilter} as a SQL condition over {@code order_view} with named parameters. Only constant
 * SQL is concatenated; every value is a parameter.
 */
record OrderFilterSql(String where, Map<String, Object> params) {

    static OrderFilterSql of(OrderFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter != null) {
            if (filter.status() != null && !filter.status().isEmpty()) {
                conditions.add("status in (:statuses)");
                params.put("statuses", filter.status().stream().map(OrderStatus::name).toList());
            }
            if (filter.channel() != null && !filter.channel().isEmpty()) {
                conditions.add("channel in (:channels)");
                params.put("channels", filter.channel().stream().map(Channel::name).toList());
            }
            if (filter.customerId() != null) {
                conditions.add("customer_id = :customerId");
                params.put("customerId", filter.customerId());
            }
            if (filter.province() != null) {
                conditions.add("province = :province");
                params.put("province", filter.province());
            }
            if (filter.placedFrom() != null) {
                conditions.add("placed_at >= :placedFrom");
                params.put("placedFrom", Timestamp.from(filter.placedFrom()));
            }
            if (filter.placedTo() != null) {
                conditions.add("placed_at < :placedTo");
                params.put("placedTo", Timestamp.from(filter.placedTo()));
            }
            if (filter.minTotal() != null) {
                conditions.add("total >= :minTotal");
                params.put("minTotal", filter.minTotal());
            }
            if (filter.maxTotal() != null) {
                conditions.add("total <= :maxTotal");
                params.put("maxTotal", filter.maxTotal());
            }
        }
        return new OrderFilterSql(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
