package io.ledgerline.api.order;

import io.ledgerline.api.common.Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Place a new order (ORD-1). The order id is chosen by the caller; the human order number is allocated
 * by the command side (ORD-2). A caller with an idempotency key uses {@link #orderIdFor} as the id, so a
 * repeated request lands on the same order and returns it instead of placing a second one.
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId,
                                String customerId,
                                Channel channel,
                                PaymentMethod paymentMethod,
                                DeliveryMethod deliveryMethod,
                                Address shippingAddress,
                                List<OrderLine> lines,
                                String idempotencyKey) {

    /** The order id for a customer's idempotency key: the same key always names the same order. */
    public static String orderIdFor(String customerId, String idempotencyKey) {
        return UUID.nameUUIDFromBytes((customerId + "\u0000" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
