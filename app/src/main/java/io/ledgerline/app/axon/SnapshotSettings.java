package io.ledgerline.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When aggregates are snapshotted ({@code ledgerline.aggregates.snapshots.*}).
 *
 * @param every   events an aggregate handles (loaded or applied) before a new snapshot of it is taken (100)
 * @param threads threads that take snapshots, after the command that asked for one has committed (1)
 */
@ConfigurationProperties("ledgerline.aggregates.snapshots")
public record SnapshotSettings(Integer every, Integer threads) {

    public SnapshotSettings {
        every = every == null ? 100 : every;
        threads = threads == null ? 1 : threads;
    }
}
