package io.ledgerline.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** AUD-2: the sealer chains every stored event; verifyAuditChain finds a row altered behind the store's back. */
class HashChainIntegrationTest extends AuditIntegrationTest {

    private static final String VERIFY = "{ verifyAuditChain { verifiedEvents intact firstBrokenGlobalIndex } }";
    private static final String ITEM_HISTORY = "query($sku: String!) { inventoryItem(sku: $sku) { history { globalIndex hash sealed } } }";

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @DisplayName("AUD-2: every stored event is sealed once, links numbered without gaps, each entry shows its link, and the chain verifies intact")
    void everyEventIsSealed() {
        PlaceOrderCommand order = confirmedKettles(uniqueSku());
        awaitEverythingSealed();

        Map<String, Object> chain = jdbc.sql("select count(*) as links, max(link) as last, count(distinct global_index) as events from audit_chain")
                .query().singleRow();
        assertThat(chain.get("last")).isEqualTo(chain.get("links"));
        assertThat(chain.get("events")).isEqualTo(chain.get("links"));

        List<Map<String, Object>> history = at(query("query($id: ID) { order(id: $id) { history { globalIndex hash sealed } } }",
                Map.of("id", order.orderId())), "order", "history");
        assertThat(history).isNotEmpty().allSatisfy(entry -> {
            byte[] link = jdbc.sql("select hash from audit_chain where global_index = ?")
                    .param(Long.parseLong((String) entry.get("globalIndex"))).query(byte[].class).single();
            assertThat(entry).containsEntry("sealed", true).containsEntry("hash", HexFormat.of().formatHex(link));
        });

        Map<String, Object> verification = at(query(VERIFY, Map.of()), "verifyAuditChain");
        assertThat(verification).containsEntry("intact", true).containsEntry("firstBrokenGlobalIndex", null);
        assertThat(Long.parseLong((String) verification.get("verifiedEvents"))).isGreaterThanOrEqualTo((Long) chain.get("links"));
    }

    @Test
    @DisplayName("AUD-2: a payload altered with SQL (append-only trigger disabled) breaks exactly that event's link; restored, the chain is intact again")
    void alteredRowIsFound() {
        PlaceOrderCommand order = confirmedKettles(uniqueSku());
        awaitEverythingSealed();
        Map<String, Object> placed = jdbc.sql("""
                        select globalindex, payload from domainevententry where aggregateidentifier = ? and sequencenumber = 0""")
                .param(order.orderId()).query().singleRow();
        long globalIndex = (Long) placed.get("globalindex");
        byte[] original = (byte[]) placed.get("payload");
        String json = new String(original, StandardCharsets.UTF_8);
        String forged = json.replace("\"quantity\":2", "\"quantity\":20");
        assertThat(forged).isNotEqualTo(json);

        try {
            overwritePayload(globalIndex, forged.getBytes(StandardCharsets.UTF_8));
            Map<String, Object> broken = at(query(VERIFY, Map.of()), "verifyAuditChain");
            assertThat(broken).containsEntry("intact", false).containsEntry("firstBrokenGlobalIndex", String.valueOf(globalIndex));
        } finally {
            overwritePayload(globalIndex, original);
        }
        assertThat((Map<String, Object>) at(query(VERIFY, Map.of()), "verifyAuditChain")).containsEntry("intact", true);
    }

    @Test
    @DisplayName("AUD-2: an event the sealer has not reached shows hash UNSEALED (sealed false) until it is sealed")
    void unsealedUntilSealed() {
        String sku = uniqueSku();
        StreamingEventProcessor sealer = processing.eventProcessor("audit-sealer", StreamingEventProcessor.class).orElseThrow();
        sealer.shutDown();
        try {
            commands.sendAndWait(new ReceiveStockCommand(sku, "WH-AUDIT", 3, "Audit kettle"));
            List<Map<String, Object>> history = await().atMost(TIMEOUT).until(() -> itemHistory(sku), h -> h != null && !h.isEmpty());
            assertThat(history).singleElement().satisfies(entry ->
                    assertThat(entry).containsEntry("hash", "UNSEALED").containsEntry("sealed", false));
        } finally {
            sealer.start();
        }
        List<Map<String, Object>> sealed = await().atMost(TIMEOUT).until(() -> itemHistory(sku),
                h -> Boolean.TRUE.equals(h.getFirst().get("sealed")));
        assertThat((String) sealed.getFirst().get("hash")).matches("[0-9a-f]{64}");
    }

    private List<Map<String, Object>> itemHistory(String sku) {
        Map<String, Object> item = at(query(ITEM_HISTORY, Map.of("sku", sku)), "inventoryItem");
        return item == null ? null : at(item, "history");
    }

    /**
     * Changes a stored event the way only someone with the database owner's rights could: the append-only
     * trigger (AUD-1) is switched off for this one statement, in this transaction, and on again before commit.
     */
    private void overwritePayload(long globalIndex, byte[] payload) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table domainevententry disable trigger domainevententry_append_only").update();
            jdbc.sql("update domainevententry set payload = ? where globalindex = ?").params(payload, globalIndex).update();
            jdbc.sql("alter table domainevententry enable trigger domainevententry_append_only").update();
        });
    }
}
