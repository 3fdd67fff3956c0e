package io.ledgerline.reporting.sales;

import java.util.Optional;

/** Where the sales projection keeps each order's sales facts (PostgreSQL: {@link OrderSalesRepository}). */
interface OrderSalesFacts {

    /** Records a placed order at the event's position; false when it is known already. */
    boolean insert(OrderSales order, long position);

    /** Moves the order's position to the event's; false when the event was applied already or the order is unknown. */
    boolean claim(String orderId, long position);

    Optional<OrderSales> find(String orderId);

    void save(OrderSales before, OrderSales after);

    void deleteAll();
}
