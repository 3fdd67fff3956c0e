package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;

/** REF-2: a rejected refund no longer counts against what was paid. */
public record RefundAllocationReleasedEvent(String orderId,
                                            String refundId,
                                            Money amount) {
}
