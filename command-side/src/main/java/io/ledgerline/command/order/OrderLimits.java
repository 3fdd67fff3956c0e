package io.ledgerline.command.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ORD-4's limits, from configuration ({@code ledgerline.orders.*}).
 *
 * @param maxModifications how often an order's lines may be changed (default 3)
 * @param modificationWindow how long after placement they may be changed (default 60 minutes)
 */
@ConfigurationProperties("ledgerline.orders")
public record OrderLimits(Integer maxModifications, Duration modificationWindow) {

    public OrderLimits {
        maxModifications = maxModifications == null ? 3 : maxModifications;
        modificationWindow = modificationWindow == null ? Duration.ofMinutes(60) : modificationWindow;
    }
}
