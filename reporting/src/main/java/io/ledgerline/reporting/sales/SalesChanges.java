package io.ledgerline.reporting.sales;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Signals that today's sales rollups changed, once the projection's transaction has committed (so a reader never
 * sees the signal before the figures). Signals are hints, not data: a subscriber re-reads the rollups.
 */
@Component
class SalesChanges {

    private final Sinks.Many<Boolean> changes = Sinks.many().multicast().directBestEffort();

    void todayChangedAfterCommit() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> signal());
        } else {
            signal();
        }
    }

    Flux<Boolean> signals() {
        return changes.asFlux();
    }

    private synchronized void signal() {
        changes.tryEmitNext(true);
    }
}
