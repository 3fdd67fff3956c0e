package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-12: report a problem with a shipped order; its severity sets the handling deadline. */
public record ReportLogisticsExceptionCommand(@TargetAggregateIdentifier String orderId,
                                              String exceptionId,
                                              ExceptionType type,
                                              Severity severity,
                                              String note) {
}
