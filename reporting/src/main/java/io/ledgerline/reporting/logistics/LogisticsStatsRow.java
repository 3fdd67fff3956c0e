package io.ledgerline.reporting.logistics;

/**
 * The GraphQL {@code LogisticsStats}: exceptions of one type and severity reported in a period (ANA-4), how many of
 * them escalated and were resolved, and their mean time to resolve in minutes (null while none is resolved).
 */
public record LogisticsStatsRow(String type, String severity, int count, int escalated, int resolved,
                                Double meanMinutesToResolve) {
}
