package io.ledgerline.query.graphql;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import java.math.BigDecimal;
import java.util.List;

/** The contract's order input types, bound by Spring GraphQL, and their translation into the message contract. */
final class OrderInputs {

    private OrderInputs() {
    }

    record AddressInput(String recipient, String phone, String province, String city, String line, String postalCode) {
        Address toAddress() {
            return new Address(recipient, phone, province, city, line, postalCode);
        }
    }

    record OrderLineInput(String sku, String productName, String category, BigDecimal unitPrice, int quantity) {
        OrderLine toLine() {
            return new OrderLine(sku, productName, category, money(unitPrice), quantity);
        }
    }

    record PlaceOrderInput(String customerId, Channel channel, PaymentMethod paymentMethod, DeliveryMethod deliveryMethod,
                           AddressInput shippingAddress, List<OrderLineInput> lines, String idempotencyKey) {
    }

    static List<OrderLine> lines(List<OrderLineInput> lines) {
        return lines == null ? null : lines.stream().map(line -> line == null ? null : line.toLine()).toList();
    }

    /** Amounts in the API are in the default currency (CNY); a multi-currency API would take the currency too. */
    static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.DEFAULT_CURRENCY);
    }
}
