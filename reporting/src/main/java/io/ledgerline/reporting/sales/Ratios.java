package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The derived figures of docs/metrics.md, computed one way for every report and export. */
public final class Ratios {

    private Ratios() {
    }

    /** GMV per paid order, rounded half-up to the cent; 0.00 without orders. */
    public static BigDecimal averageOrderValue(BigDecimal gmv, long orders) {
        return orders == 0 ? BigDecimal.ZERO.setScale(2) : gmv.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} rounded half-up to 6 decimal places; 0 when the whole is 0. */
    public static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0.0 : part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
    }

    public static double ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
