package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/** Units and revenue of a sku on a day (ANA-3), and the product name its lines gave. */
record ProductMeasures(String productName, long units, BigDecimal revenue) {

    ProductMeasures plus(ProductMeasures other) {
        return new ProductMeasures(other.productName, units + other.units, revenue.add(other.revenue));
    }

    ProductMeasures negate() {
        return new ProductMeasures(productName, -units, revenue.negate());
    }

    boolean isZero() {
        return units == 0 && revenue.signum() == 0;
    }
}
