package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.OrderLine;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * A product of the simulated catalogue: what it is and costs, how popular it is (relative weight, with
 * the months when it sells twice as well), and the warehouses that stock it, the first one preferred.
 */
record Product(String sku, String name, String category, Money price, double popularity, Set<Month> peakMonths,
               List<String> warehouses) {

    double popularityIn(Month month) {
        return peakMonths.contains(month) ? popularity * 2 : popularity;
    }

    String mainWarehouse() {
        return warehouses.getFirst();
    }

    OrderLine line(int quantity) {
        return new OrderLine(sku, name, category, price, quantity);
    }
}
