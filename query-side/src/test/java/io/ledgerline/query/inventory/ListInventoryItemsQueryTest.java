package io.ledgerline.query.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.api.inventory.ListInventoryItemsQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ListInventoryItemsQueryTest {

    @Test
    @DisplayName("a page holds at most 100 items; a negative size is refused")
    void pageSize() {
        assertThat(new ListInventoryItemsQuery(false, 1000, null).first()).isEqualTo(ListInventoryItemsQuery.MAX_PAGE_SIZE);
        assertThat(new ListInventoryItemsQuery(true, 50, "SKU-A").first()).isEqualTo(50);
        assertThatThrownBy(() -> new ListInventoryItemsQuery(false, -1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
