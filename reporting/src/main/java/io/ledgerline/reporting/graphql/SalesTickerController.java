package io.ledgerline.reporting.graphql;

import io.ledgerline.reporting.sales.SalesSummary;
import io.ledgerline.reporting.sales.SalesTicker;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code salesTicker}: today's running totals, first as they are, then every time they change. */
@Controller
class SalesTickerController {

    private final SalesTicker ticker;

    SalesTickerController(SalesTicker ticker) {
        this.ticker = ticker;
    }

    @SubscriptionMapping
    Flux<SalesSummary> salesTicker() {
        return ticker.today();
    }
}
