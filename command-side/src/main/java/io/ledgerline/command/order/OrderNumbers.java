package io.ledgerline.command.order;

import java.time.Instant;

/** Allocates human-readable, sortable order numbers that are unique across every node (ORD-2). */
public interface OrderNumbers {

    String next(Instant placedAt);
}
