package io.ledgerline.api.projection;

/**
 * One rebuild of one projection (AUD-3): the replay context carried by every event its rebuild processor
 * handles. {@code rebuildId} is unique per rebuild, lower case letters, digits and dashes, so it can name
 * the rebuild's own storage (an index, say).
 */
public record ProjectionRebuild(String processingGroup, String rebuildId) {
}
