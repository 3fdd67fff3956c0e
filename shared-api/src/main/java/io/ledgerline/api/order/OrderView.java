package io.ledgerline.api.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import java.time.Instant;
import java.util.List;

/** An order as the admin frontend reads it (the GraphQL {@code Order} type), from the order read model. */
public record OrderView(String id,
                        String orderNumber,
                        String customerId,
                        Channel channel,
                        OrderStatus status,
                        List<OrderLine> lines,
                        Money total,
                        Money amountPaid,
                        Money amountRefunded,
                        PaymentMethod paymentMethod,
                        DeliveryMethod deliveryMethod,
                        Address shippingAddress,
                        int modificationsLeft,
                        Instant placedAt,
                        Instant updatedAt,
                        long version) {
}
