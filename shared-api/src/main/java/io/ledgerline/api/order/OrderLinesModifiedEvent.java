package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import java.time.Instant;
import java.util.List;

/** ORD-4: an unpaid order's lines were changed; totals recomputed, reservations to be adjusted. */
public record OrderLinesModifiedEvent(String orderId,
                                      List<OrderLine> previousLines,
                                      List<OrderLine> lines,
                                      Money total,
                                      int modificationsLeft,
                                      Instant modifiedAt) {
}
