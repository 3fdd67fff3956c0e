package io.ledgerline.reporting.logistics;

import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.reporting.ReportingClock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Logistics exception statistics (ANA-4) in PostgreSQL: per report day, type and severity, how many exceptions were
 * reported, escalated and resolved, and the total time to resolve them. Each transition of an exception happens once;
 * the exception's fact row records it, and only the first record of it adds to the rollup (D42).
 */
@Component
@ProcessingGroup(LogisticsProjection.PROCESSING_GROUP)
class LogisticsProjection {

    static final String PROCESSING_GROUP = "reporting-logistics";

    private final LogisticsRepository logistics;
    private final ReportingClock clock;

    LogisticsProjection(LogisticsRepository logistics, ReportingClock clock) {
        this.logistics = logistics;
        this.clock = clock;
    }

    @EventHandler
    void on(LogisticsExceptionReportedEvent event) {
        if (logistics.insert(event)) {
            logistics.add(new LogisticsKey(clock.dayOf(event.reportedAt()), event.type().name(), event.severity().name()),
                    1, 0, 0, 0);
        }
    }

    @EventHandler
    void on(LogisticsExceptionEscalatedEvent event) {
        logistics.markEscalated(event.exceptionId())
                .ifPresent(reported -> logistics.add(reported.key(clock), 0, 1, 0, 0));
    }

    @EventHandler
    void on(LogisticsExceptionResolvedEvent event) {
        logistics.markResolved(event.exceptionId(), event.resolvedAt())
                .ifPresent(reported -> logistics.add(reported.key(clock), 0, 0, 1,
                        event.resolvedAt().toEpochMilli() - reported.reportedAt().toEpochMilli()));
    }

    @ResetHandler
    void reset() {
        logistics.deleteAll();
    }
}
