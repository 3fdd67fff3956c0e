package io.ledgerline.reporting.sales;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sales facts as plain objects, with the PostgreSQL repository's position guard. */
class InMemorySalesFacts implements OrderSalesFacts {

    private final Map<String, OrderSales> orders = new HashMap<>();
    private final Map<String, Long> positions = new HashMap<>();

    @Override
    public boolean insert(OrderSales order, long position) {
        if (orders.containsKey(order.orderId())) {
            return false;
        }
        orders.put(order.orderId(), order);
        positions.put(order.orderId(), position);
        return true;
    }

    @Override
    public boolean claim(String orderId, long position) {
        Long last = positions.get(orderId);
        if (last == null || last >= position) {
            return false;
        }
        positions.put(orderId, position);
        return true;
    }

    @Override
    public Optional<OrderSales> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void save(OrderSales before, OrderSales after) {
        orders.put(after.orderId(), after);
    }

    @Override
    public void deleteAll() {
        orders.clear();
        positions.clear();
    }
}
