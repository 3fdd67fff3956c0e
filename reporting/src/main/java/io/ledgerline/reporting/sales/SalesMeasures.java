package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/** The additive figures of one sales rollup row: paid orders, their units and value, and money refunded. */
record SalesMeasures(int orders, long units, BigDecimal gmv, BigDecimal refunded) {

    static final SalesMeasures ZERO = new SalesMeasures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    static SalesMeasures sale(int units, BigDecimal value) {
        return new SalesMeasures(1, units, value, BigDecimal.ZERO);
    }

    static SalesMeasures refund(BigDecimal amount) {
        return new SalesMeasures(0, 0, BigDecimal.ZERO, amount);
    }

    SalesMeasures plus(SalesMeasures other) {
        return new SalesMeasures(orders + other.orders, units + other.units, gmv.add(other.gmv), refunded.add(other.refunded));
    }

    SalesMeasures negate() {
        return new SalesMeasures(-orders, -units, gmv.negate(), refunded.negate());
    }

    boolean isZero() {
        return orders == 0 && units == 0 && gmv.signum() == 0 && refunded.signum() == 0;
    }
}
