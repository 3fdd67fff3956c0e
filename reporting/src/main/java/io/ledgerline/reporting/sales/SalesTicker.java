package io.ledgerline.reporting.sales;

import io.ledgerline.reporting.ReportingProperties;
import io.ledgerline.reporting.period.ReportPeriods;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code salesTicker}: today's running totals, pushed as they change (D44). On each {@link SalesChanges} signal a
 * subscriber re-reads today's summary from the committed rollups and receives it if it differs from the last one sent;
 * a burst of signals collapses into one read. A periodic re-read covers changes handled on other nodes and the day
 * rolling over at midnight.
 */
@Component
public class SalesTicker {

    private final SalesChanges changes;
    private final SalesReports reports;
    private final ReportPeriods periods;
    private final ReportingProperties properties;

    SalesTicker(SalesChanges changes, SalesReports reports, ReportPeriods periods, ReportingProperties properties) {
        this.changes = changes;
        this.reports = reports;
        this.periods = periods;
        this.properties = properties;
    }

    /** Today's summary now, then whenever it changes. */
    public Flux<SalesSummary> today() {
        return Flux.merge(Flux.just(true), changes.signals(), Flux.interval(properties.tickerRefresh()).map(tick -> true))
                .onBackpressureLatest()
                .concatMap(signal -> Mono.fromCallable(() -> reports.summary(periods.today()))
                        .subscribeOn(Schedulers.boundedElastic()), 1)
                .distinctUntilChanged();
    }
}
