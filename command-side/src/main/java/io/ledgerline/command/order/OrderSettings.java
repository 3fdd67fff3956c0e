package io.ledgerline.command.order;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Severity;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The order rules' limits and durations, from configuration ({@code ledgerline.orders.*}), so operators
 * can tune them and tests can shorten them.
 *
 * @param maxModifications   ORD-4: how often an order's lines may change (3)
 * @param modificationWindow ORD-4: for how long after placement (60 minutes)
 * @param paymentTimeout     ORD-6: an unpaid order is cancelled after this (30 minutes)
 * @param reviewThreshold    ORD-7: a paid order above this total waits for review (10,000.00)
 * @param autoCompleteAfter  ORD-11: a delivered order completes by itself after this (7 days)
 * @param minorHandlingTime  ORD-12: deadline of a MINOR logistics exception (2 hours)
 * @param moderateHandlingTime ORD-12: deadline of a MODERATE one (4 hours)
 * @param majorHandlingTime  ORD-12: deadline of a MAJOR one (8 hours)
 * @param returnWindow       REF-5: goods can be returned for this long after delivery (7 days)
 * @param returnsWarehouse   INV-8: where returned goods go back on hand unless a refund names another
 */
@ConfigurationProperties("ledgerline.orders")
public record OrderSettings(Integer maxModifications, Duration modificationWindow, Duration paymentTimeout,
                            String reviewThreshold, Duration autoCompleteAfter, Duration minorHandlingTime,
                            Duration moderateHandlingTime, Duration majorHandlingTime, Duration returnWindow,
                            String returnsWarehouse) {

    public OrderSettings {
        maxModifications = maxModifications == null ? 3 : maxModifications;
        modificationWindow = orDefault(modificationWindow, Duration.ofMinutes(60));
        paymentTimeout = orDefault(paymentTimeout, Duration.ofMinutes(30));
        reviewThreshold = reviewThreshold == null ? "10000.00" : reviewThreshold;
        autoCompleteAfter = orDefault(autoCompleteAfter, Duration.ofDays(7));
        minorHandlingTime = orDefault(minorHandlingTime, Duration.ofHours(2));
        moderateHandlingTime = orDefault(moderateHandlingTime, Duration.ofHours(4));
        majorHandlingTime = orDefault(majorHandlingTime, Duration.ofHours(8));
        returnWindow = orDefault(returnWindow, Duration.ofDays(7));
        returnsWarehouse = returnsWarehouse == null ? "RETURNS" : returnsWarehouse;
    }

    /** Every setting at its default. */
    public static OrderSettings defaults() {
        return new OrderSettings(null, null, null, null, null, null, null, null, null, null);
    }

    Money reviewThresholdIn(String currency) {
        return new Money(new java.math.BigDecimal(reviewThreshold), currency);
    }

    Duration handlingTime(Severity severity) {
        return switch (severity) {
            case MINOR -> minorHandlingTime;
            case MODERATE -> moderateHandlingTime;
            case MAJOR -> majorHandlingTime;
        };
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
