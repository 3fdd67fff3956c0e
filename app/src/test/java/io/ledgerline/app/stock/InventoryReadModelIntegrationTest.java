package io.ledgerline.app.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** The inventory read model and its GraphQL queries, driven by real stock and order commands. */
class InventoryReadModelIntegrationTest extends StockIntegrationTest {

    private static final String ITEM = """
            query($sku: String!) { inventoryItem(sku: $sku) {
              sku productName threshold onHand reserved available lowStock
              warehouses { warehouse onHand reserved available } } }""";

    @Test
    @DisplayName("INV-1, INV-2: receipts and corrections show per warehouse, totals are their sums, the product is named")
    void receiptsAndCorrections() {
        String sku = uniqueSku("INV1");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, null));
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-WEST", 5, "Bamboo whisk"));
        commands.sendAndWait(new AdjustStockCommand(sku, "WH-EAST", -3, "damaged in handling"));

        Map<String, Object> item = awaitItem(sku, view -> view.get("onHand").equals(12));

        assertThat(item).containsEntry("sku", sku).containsEntry("productName", "Bamboo whisk")
                .containsEntry("threshold", 0).containsEntry("reserved", 0).containsEntry("available", 12)
                .containsEntry("lowStock", false);
        assertThat(item.get("warehouses")).isEqualTo(List.of(
                warehouse("WH-EAST", 7, 0, 7), warehouse("WH-WEST", 5, 0, 5)));
        assertThat(query(ITEM, Map.of("sku", uniqueSku("NEVER-STOCKED")))).containsEntry("inventoryItem", null);
    }

    @Test
    @DisplayName("INV-3: an order's reservation is reserved stock until the cancelled order releases it")
    void reservationAndRelease() {
        String sku = uniqueSku("INV3");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, "Linen napkin"));
        PlaceOrderCommand order = placeReservedOrder(sku, 4);

        Map<String, Object> reserved = awaitItem(sku, view -> view.get("reserved").equals(4));
        assertThat(reserved).containsEntry("onHand", 10).containsEntry("available", 6);
        assertThat(reserved.get("warehouses")).isEqualTo(List.of(warehouse("WH-EAST", 10, 4, 6)));

        commands.sendAndWait(new CancelOrderCommand(order.orderId(), "changed my mind"));

        Map<String, Object> released = awaitItem(sku, view -> view.get("reserved").equals(0));
        assertThat(released).containsEntry("onHand", 10).containsEntry("available", 10);
    }

    @Test
    @DisplayName("INV-4, INV-5: a count below the reservation leaves 0 available, and the shipped order's deduction stops on-hand at 0")
    void deductionAfterAShortageCount() {
        String sku = uniqueSku("INV4");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, "Clay bowl"));
        PlaceOrderCommand order = placeReservedOrder(sku, 6);
        awaitItem(sku, view -> view.get("reserved").equals(6));

        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-EAST", 4, "auditor-1"));
        Map<String, Object> counted = awaitItem(sku, view -> view.get("onHand").equals(4));
        assertThat(counted).containsEntry("reserved", 6).containsEntry("available", 0);

        pay(order);
        commands.sendAndWait(new ShipOrderCommand(order.orderId(), "SF Express", "SF" + System.nanoTime()));

        Map<String, Object> shipped = awaitItem(sku, view -> view.get("reserved").equals(0));
        assertThat(shipped).containsEntry("onHand", 0).containsEntry("available", 0);
        assertThat(shipped.get("warehouses")).isEqualTo(List.of(warehouse("WH-EAST", 0, 0, 0)));
    }

    @Test
    @DisplayName("INV-6: a transfer moves on-hand stock between warehouses, the total stays")
    void transfer() {
        String sku = uniqueSku("INV6");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, "Tea tray"));
        commands.sendAndWait(new TransferStockCommand(sku, "WH-EAST", "WH-NORTH", 4));

        Map<String, Object> item = awaitItem(sku, view -> ((List<?>) view.get("warehouses")).size() == 2);

        assertThat(item).containsEntry("onHand", 10).containsEntry("available", 10);
        assertThat(item.get("warehouses")).isEqualTo(List.of(
                warehouse("WH-EAST", 6, 0, 6), warehouse("WH-NORTH", 4, 0, 4)));
    }

    @Test
    @DisplayName("INV-7: the threshold shows, lowStock follows the alert, and lowStockOnly lists only alerted skus")
    void lowStock() {
        String sku = uniqueSku("INV7");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, "Incense holder"));
        commands.sendAndWait(new SetLowStockThresholdCommand(sku, 5));
        assertThat(awaitItem(sku, view -> view.get("threshold").equals(5))).containsEntry("lowStock", false);

        commands.sendAndWait(new AdjustStockCommand(sku, "WH-EAST", -5, "breakage"));
        awaitItem(sku, view -> view.get("lowStock").equals(true));
        assertThat(lowStockSkusFrom(sku)).contains(sku);

        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 1, null));
        Map<String, Object> cleared = awaitItem(sku, view -> view.get("lowStock").equals(false));
        assertThat(cleared).containsEntry("available", 6).containsEntry("productName", "Incense holder");
        assertThat(lowStockSkusFrom(sku)).doesNotContain(sku);
    }

    @Test
    @DisplayName("INV-5: stocktakes that found a shortage or a surplus are listed newest first, filtered by period")
    @SuppressWarnings("unchecked")
    void stocktakeDiscrepancies() {
        String sku = uniqueSku("INV5");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 10, "Paper lantern"));
        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-EAST", 8, "auditor-1"));
        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-EAST", 8, "auditor-2"));   // no discrepancy
        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-EAST", 11, "auditor-3"));
        awaitItem(sku, view -> view.get("onHand").equals(11));

        String document = """
                query($period: Period) { stocktakeDiscrepancies(period: $period) {
                  sku warehouse expected counted difference countedBy at } }""";
        List<Map<String, Object>> all = ofSku(sku, (List<Map<String, Object>>) query(document, Map.of())
                .get("stocktakeDiscrepancies"));
        assertThat(all).hasSize(2);
        Map<String, Object> surplus = all.get(0);
        Map<String, Object> shortage = all.get(1);
        assertThat(surplus).containsEntry("warehouse", "WH-EAST").containsEntry("expected", 8)
                .containsEntry("counted", 11).containsEntry("difference", 3).containsEntry("countedBy", "auditor-3");
        assertThat(shortage).containsEntry("expected", 10).containsEntry("counted", 8).containsEntry("difference", -2)
                .containsEntry("countedBy", "auditor-1");
        Instant shortageAt = Instant.parse((String) shortage.get("at"));
        Instant surplusAt = Instant.parse((String) surplus.get("at"));
        assertThat(surplusAt).isAfter(shortageAt);

        Map<String, Object> onlyTheShortage = Map.of("period", Map.of("from", shortageAt.toString(), "to", surplusAt.toString()));
        assertThat(ofSku(sku, (List<Map<String, Object>>) query(document, onlyTheShortage).get("stocktakeDiscrepancies")))
                .extracting(row -> row.get("countedBy")).containsExactly("auditor-1");
        Map<String, Object> before = Map.of("period", Map.of("from", shortageAt.minusSeconds(3600).toString(),
                "to", shortageAt.toString()));
        assertThat(ofSku(sku, (List<Map<String, Object>>) query(document, before).get("stocktakeDiscrepancies"))).isEmpty();
    }

    @Test
    @DisplayName("inventoryItems: sku order, keyset pages after the last sku seen, at most 100 per page")
    @SuppressWarnings("unchecked")
    void inventoryItemsPages() {
        String prefix = uniqueSku("PAGE") + "-";
        List<String> skus = IntStream.rangeClosed(1, 101).mapToObj(n -> prefix + "%03d".formatted(n)).toList();
        skus.forEach(sku -> commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 1, null)));
        awaitItem(skus.getLast(), view -> view.get("onHand").equals(1));

        String document = """
                query($first: Int, $after: String) { inventoryItems(first: $first, after: $after) { sku onHand } }""";
        List<Map<String, Object>> firstTwo = (List<Map<String, Object>>) query(document,
                Map.of("first", 2, "after", prefix)).get("inventoryItems");
        assertThat(firstTwo).extracting(item -> item.get("sku")).containsExactly(skus.get(0), skus.get(1));
        List<Map<String, Object>> next = (List<Map<String, Object>>) query(document,
                Map.of("first", 2, "after", skus.get(1))).get("inventoryItems");
        assertThat(next).extracting(item -> item.get("sku")).containsExactly(skus.get(2), skus.get(3));

        List<Map<String, Object>> capped = (List<Map<String, Object>>) query(document,
                Map.of("first", 500, "after", prefix)).get("inventoryItems");
        assertThat(capped).hasSize(100).extracting(item -> item.get("sku")).containsExactlyElementsOf(skus.subList(0, 100));

        ClientGraphQlResponse negative = execute(document, Map.of("first", -1));
        assertThat(negative.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    private Map<String, Object> awaitItem(String sku, java.util.function.Predicate<Map<String, Object>> condition) {
        return awaitField(ITEM, Map.of("sku", sku), "inventoryItem", condition);
    }

    /** The skus of low-stock items from {@code sku} on (skus of other tests sort elsewhere). */
    @SuppressWarnings("unchecked")
    private List<Object> lowStockSkusFrom(String sku) {
        String before = sku.substring(0, sku.length() - 1);
        List<Map<String, Object>> items = (List<Map<String, Object>>) query("""
                        query($after: String) { inventoryItems(lowStockOnly: true, first: 100, after: $after) { sku lowStock } }""",
                Map.of("after", before)).get("inventoryItems");
        assertThat(items).allSatisfy(item -> assertThat(item).containsEntry("lowStock", true));
        return items.stream().map(item -> item.get("sku")).toList();
    }

    private static List<Map<String, Object>> ofSku(String sku, List<Map<String, Object>> rows) {
        return rows.stream().filter(row -> sku.equals(row.get("sku"))).toList();
    }

    private static Map<String, Object> warehouse(String name, int onHand, int reserved, int available) {
        return Map.of("warehouse", name, "onHand", onHand, "reserved", reserved, "available", available);
    }
}
