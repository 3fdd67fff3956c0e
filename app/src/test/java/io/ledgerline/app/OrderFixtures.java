package io.ledgerline.app;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.util.List;
import java.util.UUID;

/** Ready-made orders for the app's tests. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    /** Three tea cups at 19.90 and a teapot at 129.00: a total of 188.70. */
    public static PlaceOrderCommand teaSet() {
        return new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-7", Channel.WEB, PaymentMethod.ONLINE,
                DeliveryMethod.EXPRESS,
                new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 West Lake Road", "310000"),
                List.of(new OrderLine("SKU-CUP", "Celadon tea cup", "KITCHEN", Money.of("19.90"), 3),
                        new OrderLine("SKU-POT", "Yixing teapot", "KITCHEN", Money.of("129.00"), 1)), null);
    }
}
