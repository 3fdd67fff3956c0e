package io.ledgerline.api.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order was accepted (ORD-1) and given its number (ORD-2). Starts every order's history. It records
 * the modification allowance in force when it was placed (ORD-4), so a later change of that setting does
 * not rewrite the past.
 */
public record OrderPlacedEvent(String orderId,
                               String orderNumber,
                               String customerId,
                               Channel channel,
                               PaymentMethod paymentMethod,
                               DeliveryMethod deliveryMethod,
                               Address shippingAddress,
                               List<OrderLine> lines,
                               Money total,
                               int modificationsAllowed,
                               Instant placedAt) {
}
