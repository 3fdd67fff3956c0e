package io.ledgerline.api.security;

import java.util.List;

/**
 * SEC-2: a signed-in user asked for something their roles do not allow, and was refused. The actor and
 * their roles travel in the metadata like every event's; {@code operations} names what was refused
 * ({@code Mutation.approveRefund}, {@code GET /api/reports/sales.csv}), {@code channel} where it came in.
 */
public record AccessDeniedEvent(List<String> operations, String reason, String channel) {
}
