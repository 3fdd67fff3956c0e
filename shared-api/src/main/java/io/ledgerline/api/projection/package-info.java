/**
 * What a projection rebuild (AUD-3) tells the projections it rebuilds. A rebuild replays the event store into
 * storage of its own beside the live read model, then switches readers over. PostgreSQL tables are redirected
 * without the projection's help (its declared tables are copied into a schema of the rebuild's own); a
 * projection that writes anywhere else (Elasticsearch) must honour these records: write to the rebuild's own
 * target while an event carries a {@link io.ledgerline.api.projection.ProjectionRebuild} as its replay
 * context, and act on the three notices, which are local application notifications, never stored events.
 */
package io.ledgerline.api.projection;
