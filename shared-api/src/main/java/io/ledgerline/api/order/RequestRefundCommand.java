package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.refund.RefundReason;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * REF-1, REF-2, REF-5: request a refund of a paid order. The order checks that refunds never exceed what
 * was paid and that returned goods are returnable; returned goods go back on hand at {@code returnWarehouse}
 * (or the configured returns warehouse when null).
 */
public record RequestRefundCommand(@TargetAggregateIdentifier String orderId,
                                   String refundId,
                                   RefundReason reason,
                                   Money amount,
                                   List<String> skus,
                                   boolean returnGoods,
                                   String returnWarehouse,
                                   String note) {
}
