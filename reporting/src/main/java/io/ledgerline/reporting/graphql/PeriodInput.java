package io.ledgerline.reporting.graphql;

import java.time.Instant;

/** The GraphQL {@code Period} input: from (inclusive) and to (exclusive). */
record PeriodInput(Instant from, Instant to) {
}
