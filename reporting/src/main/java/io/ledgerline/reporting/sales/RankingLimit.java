package io.ledgerline.reporting.sales;

import io.ledgerline.reporting.period.ReportArgumentException;
import java.util.List;

/** The {@code limit} of a product ranking: 10 when not given, else 1 up to {@code ledgerline.reporting.max-top-products}. */
public final class RankingLimit {

    public static final int DEFAULT = 10;

    private RankingLimit() {
    }

    public static int of(Integer limit, int max) {
        int value = limit == null ? DEFAULT : limit;
        if (value < 1 || value > max) {
            throw new ReportArgumentException("INVALID_ARGUMENT", List.of("limit"),
                    "limit must be between 1 and " + max + ", not " + value);
        }
        return value;
    }
}
