package io.ledgerline.api.order;

/**
 * A subscription to order changes: one order's, or every order's when {@code orderId} is null. Its
 * updates are {@link OrderView}s, published by the order read model after each change is stored.
 */
public record WatchOrdersQuery(String orderId) {

    public boolean covers(String changedOrderId) {
        return orderId == null || orderId.equals(changedOrderId);
    }
}
