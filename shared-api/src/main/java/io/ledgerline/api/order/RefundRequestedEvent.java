package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.refund.RefundReason;
import java.time.Instant;
import java.util.List;

/**
 * REF-1: a refund was requested for the order and counts against what was paid (REF-2) until rejected.
 */
public record RefundRequestedEvent(String orderId,
                                   String refundId,
                                   String orderNumber,
                                   RefundReason reason,
                                   Money amount,
                                   List<String> skus,
                                   List<ReturnedItem> returnedItems,
                                   String returnWarehouse,
                                   String note,
                                   PaymentMethod paymentMethod,
                                   Instant requestedAt) {
}
