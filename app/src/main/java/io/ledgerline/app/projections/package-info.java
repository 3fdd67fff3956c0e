/**
 * Operating the projections (AUD-3): a dead-letter queue per processing group, the status of every projection
 * (position, lag, rebuild progress, dead letters), and rebuilds that replay the event store into storage of
 * their own beside the live read model and switch over when they have caught up. Nothing here names a
 * projection: every processing group of event handlers is covered the same way.
 */
package io.ledgerline.app.projections;
