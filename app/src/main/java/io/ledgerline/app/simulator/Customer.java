package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.PaymentMethod;

/**
 * A simulated customer: where they live, the channel and payment method they usually use, and how often
 * they order compared with others ({@code activity}).
 */
record Customer(String id, Address address, Province province, Channel channel, PaymentMethod payment,
                double activity) {
}
