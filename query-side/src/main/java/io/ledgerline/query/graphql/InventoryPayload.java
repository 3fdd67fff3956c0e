package io.ledgerline.query.graphql;

import io.ledgerline.api.inventory.InventoryItemView;
import java.util.List;

/** The contract's {@code InventoryPayload}: the item after the change, or why there was no change. */
record InventoryPayload(InventoryItemView item, List<UserError> errors) {
}
