package io.ledgerline.reporting;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports ({@code ledgerline.reporting.*}).
 *
 * @param zone           the time zone whose calendar days the reports count in (D41); changing it needs a rebuild
 *                       of the reporting projections, whose rollups are kept per day
 * @param maxPeriod      the longest period one report may cover, in whole days
 * @param tickerRefresh  how often {@code salesTicker} re-reads today's totals even without a local change (changes
 *                       handled by other nodes, and the day rolling over at midnight)
 * @param maxTopProducts the largest {@code limit} of a product ranking
 */
@ConfigurationProperties("ledgerline.reporting")
public record ReportingProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                  @DefaultValue("400d") Duration maxPeriod,
                                  @DefaultValue("5s") Duration tickerRefresh,
                                  @DefaultValue("1000") int maxTopProducts) {
}
