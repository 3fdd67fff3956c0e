package io.ledgerline.api.order;

import io.ledgerline.api.common.Address;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Place a new order (ORD-1). The order id is chosen by the caller so that a retried request can be
 * recognised; the human order number is allocated by the command side (ORD-2).
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId,
                                String customerId,
                                Channel channel,
                                PaymentMethod paymentMethod,
                                DeliveryMethod deliveryMethod,
                                Address shippingAddress,
                                List<OrderLine> lines) {
}
