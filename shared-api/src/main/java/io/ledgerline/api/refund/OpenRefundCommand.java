package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a refund the order has already accepted (REF-1, with REF-2 and REF-5 checked by the order). Sent by
 * the refund saga, never by people. {@code paymentMethod} is the order's original one, which an approved
 * refund is paid back to (REF-3). {@code skus} and {@code note} are optional; {@code skus} names the lines
 * whose goods come back when {@code returnGoods} is set.
 */
public record OpenRefundCommand(@TargetAggregateIdentifier String refundId,
                                String orderId,
                                String orderNumber,
                                RefundReason reason,
                                Money amount,
                                List<String> skus,
                                boolean returnGoods,
                                PaymentMethod paymentMethod,
                                String note) {
}
