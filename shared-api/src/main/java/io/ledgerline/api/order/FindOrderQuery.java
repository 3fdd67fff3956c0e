package io.ledgerline.api.order;

/** Find one order by its id or by its human order number; answers an {@link OrderView} or nothing. */
public record FindOrderQuery(String orderId, String orderNumber) {

    public static FindOrderQuery byId(String orderId) {
        return new FindOrderQuery(orderId, null);
    }

    public static FindOrderQuery byNumber(String orderNumber) {
        return new FindOrderQuery(null, orderNumber);
    }
}
