package io.ledgerline.api.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * ORD-6, ORD-8: the order was cancelled. {@code cause} says why as a code; {@code reason} is the person's
 * reason for a {@link CancellationCause#REQUESTED} cancellation and the cause's name otherwise.
 *
 * <p>Revision 2 added {@code cause}. Revision 1 (stored without a revision) had only the reason text, and the
 * automatic causes were told apart by the reasons {@code PAYMENT_TIMEOUT} and {@code FULLY_REFUNDED}; an
 * upcaster in the app derives {@code cause} from that text when an old event is read.
 */
@Revision("2")
public record OrderCancelledEvent(String orderId,
                                  CancellationCause cause,
                                  String reason,
                                  Instant cancelledAt) {
}
