package io.ledgerline.app.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A replay from the first event rebuilds the inventory and refund read models exactly as they were. */
class ReadModelReplayIntegrationTest extends StockIntegrationTest {

    private static final String ITEM = """
            query($sku: String!) { inventoryItem(sku: $sku) {
              sku productName threshold onHand reserved available lowStock
              warehouses { warehouse onHand reserved available } } }""";
    private static final String REFUND = """
            query($id: ID!) { refund(id: $id) {
              id orderId orderNumber status reason amount attempts requestedAt decidedAt completedAt note failureReason } }""";

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @DisplayName("INV-1..INV-7, REF-3, REF-4: replaying inventory-view and refund-view rebuilds the same items, discrepancies and refunds")
    @SuppressWarnings("unchecked")
    void replayRebuildsExactly() {
        String sku = uniqueSku("REPLAY");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 20, "Rice bowl"));
        commands.sendAndWait(new TransferStockCommand(sku, "WH-EAST", "WH-WEST", 5));
        commands.sendAndWait(new SetLowStockThresholdCommand(sku, 8));
        PlaceOrderCommand order = placeReservedOrder(sku, 12);
        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-EAST", 9, "auditor-9"));
        pay(order);
        commands.sendAndWait(new ShipOrderCommand(order.orderId(), "SF Express", "SF" + System.nanoTime()));
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(order.orderId(), refundId, RefundReason.WRONG_AMOUNT,
                Money.of("20.00"), List.of(), false, null, "overcharged"));
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));

        Map<String, Object> item = awaitField(ITEM, Map.of("sku", sku), "inventoryItem",
                (Map<String, Object> view) -> view.get("reserved").equals(0));
        Map<String, Object> refund = awaitField(REFUND, Map.of("id", refundId), "refund",
                (Map<String, Object> view) -> view.get("status").equals("COMPLETED"));
        List<Map<String, Object>> discrepancies = discrepanciesOf(sku);
        assertThat(discrepancies).hasSize(1);
        assertThat(item).containsEntry("onHand", 5).containsEntry("lowStock", true);

        replay("inventory-view", () -> assertThat(query(ITEM, Map.of("sku", sku))).containsEntry("inventoryItem", null));
        replay("refund-view", () -> assertThat(query(REFUND, Map.of("id", refundId))).containsEntry("refund", null));

        assertThat(query(ITEM, Map.of("sku", sku)).get("inventoryItem")).isEqualTo(item);
        assertThat(query(REFUND, Map.of("id", refundId)).get("refund")).isEqualTo(refund);
        assertThat(discrepanciesOf(sku)).isEqualTo(discrepancies);
    }

    /**
     * Clears the processor's read model (checked by {@code whileCleared}) and replays the event store into it,
     * waiting until it has caught up.
     */
    private void replay(String processorName, Runnable whileCleared) {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow();
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        processor.shutDown();
        processor.resetTokens();
        whileCleared.run();
        processor.start();
        // Caught up once the claimed segments cover the whole event stream and each has handled the head. (Axon may
        // still call it a replay until an event after the reset arrives, so the replay flag is no signal.)
        await().atMost(TIMEOUT).until(() -> {
            var statuses = processor.processingStatus().values();
            double covered = statuses.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
            return Math.abs(covered - 1.0) < 1e-9
                    && statuses.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
        });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> discrepanciesOf(String sku) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) query("""
                        { stocktakeDiscrepancies { sku warehouse expected counted difference countedBy at } }""", Map.of())
                .get("stocktakeDiscrepancies");
        return all.stream().filter(row -> sku.equals(row.get("sku"))).toList();
    }
}
