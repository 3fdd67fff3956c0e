package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * AUD-3 end to end: rebuilds through the GraphQL API while the application serves, compared with what the live
 * projections held, on the real PostgreSQL and Elasticsearch.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectionRebuildIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> QUERY_SIDE_TABLES = Set.of("order_view", "order_line_view", "order_shipment_view",
            "order_tracking_event_view", "order_exception_view", "inventory_item_view", "inventory_warehouse_view",
            "stocktake_discrepancy_view", "refund_view");

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    RebuildBrake brake;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("AUD-3: after a workload, every projection rebuilt from the event store equals the live one, row by row and document by document")
    void rebuildEqualsLive(CapturedOutput output) throws IOException {
        workload();
        ProjectionsClient projections = new ProjectionsClient(port);
        long head = awaitCaughtUp(projections);
        Map<String, List<String>> liveTables = tables();
        Map<String, List<Object>> liveDocuments = documents();
        Set<String> liveIndex = aliasIndices();
        assertThat(liveTables.keySet()).containsAll(QUERY_SIDE_TABLES);
        assertThat(liveTables.get("order_view")).isNotEmpty();
        assertThat(liveDocuments).isNotEmpty();

        List<String> names = projections.all().stream().map(projection -> (String) projection.get("name"))
                .filter(name -> !name.equals("audit-sealer")).toList();
        assertThat(names).contains("order-view", "inventory-view", "refund-view", "order-search",
                "reporting-sales", "reporting-logistics", "reporting-inventory");
        // The hash chain is never rebuilt (AUD-2): its sealer is listed, but a rebuild of it is refused.
        assertThat(projections.rebuild("audit-sealer").get("errors")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("code", "NOT_REBUILDABLE");
        for (String name : names) {
            Map<String, Object> started = projections.rebuild(name);
            assertThat(started.get("errors")).as(name).asList().isEmpty();
            assertThat(started.get("projection")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("status", "REBUILDING");
        }
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(projections.all())
                .filteredOn(projection -> names.contains(projection.get("name"))).allSatisfy(projection -> {
            assertThat(projection.get("status")).isEqualTo("RUNNING");
            assertThat(projection.get("rebuildProgress")).isNull();
            assertThat((String) projection.get("lastRebuild")).startsWith("COMPLETED");
        }));

        assertThat(awaitCaughtUp(projections)).as("no event arrived during the rebuilds").isEqualTo(head);
        assertThat(tables()).isEqualTo(liveTables);
        assertThat(aliasIndices()).isNotEqualTo(liveIndex);
        assertThat(documents()).isEqualTo(liveDocuments);
        assertThat(output.getAll()).contains("Rebuild of order-view: 100% (event " + head + " of " + head + ")")
                .contains("Rebuild of order-search complete");
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname like 'rebuild\\_%' or nspname like 'retired\\_%'")
                .query(Integer.class).single()).as("no rebuild schema is left").isZero();
    }

    @Test
    @DisplayName("AUD-3: while order-search rebuilds, search answers from the live index (new orders too); the alias moves once the rebuild has caught up")
    void searchKeepsAnsweringDuringARebuild() throws IOException {
        ProjectionsClient projections = new ProjectionsClient(port);
        String word = "lantern" + UUID.randomUUID().toString().substring(0, 8);
        String sku = "SKU-" + word.toUpperCase();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 50, "Paper " + word));
        OrderJourneys journeys = new OrderJourneys(commands, jdbc);
        PlaceOrderCommand first = journeys.placeConfirmed(order(sku, "Paper " + word, 1));
        PlaceOrderCommand second = journeys.placeConfirmed(order(sku, "Paper " + word, 2));
        await().atMost(TIMEOUT).until(() -> projections.search(word), ids -> ids.equals(sorted(first, second)));
        Set<String> liveIndex = aliasIndices();

        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        long holdAt = jdbc.sql("select min(globalindex) from domainevententry where payloadtype like '%.OrderPlacedEvent' and globalindex >= ?")
                .param(head / 2).query(Long.class).single();
        RebuildBrake.Hold hold = brake.setAt(holdAt);
        try {
            Map<String, Object> started = projections.rebuild("order-search");
            assertThat(started.get("errors")).asList().isEmpty();
            await().atMost(TIMEOUT).until(hold::reached);

            Map<String, Object> halfway = projections.of("order-search");
            assertThat(halfway.get("status")).isEqualTo("REBUILDING");
            assertThat((Double) halfway.get("rebuildProgress")).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            assertThat(projections.rebuild("order-search").get("errors")).asList().singleElement()
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("code", "REBUILD_IN_PROGRESS").containsEntry("field", List.of("name"));
            assertThat(projections.search(word)).isEqualTo(sorted(first, second));
            assertThat(aliasIndices()).isEqualTo(liveIndex);

            PlaceOrderCommand third = journeys.placeConfirmed(order(sku, "Paper " + word, 3));
            await().atMost(TIMEOUT).until(() -> projections.search(word), ids -> ids.equals(sorted(first, second, third)));
            assertThat(aliasIndices()).isEqualTo(liveIndex);

            hold.release();
            await().atMost(TIMEOUT).until(() -> projections.of("order-search"),
                    projection -> "RUNNING".equals(projection.get("status"))
                            && String.valueOf(projection.get("lastRebuild")).startsWith("COMPLETED"));
            assertThat(aliasIndices()).hasSize(1).doesNotContainAnyElementsOf(liveIndex);
            assertThat(projections.search(word)).isEqualTo(sorted(first, second, third));
            for (String old : liveIndex) {
                assertThat(elasticsearch.indices().exists(e -> e.index(old)).value()).as("old index %s deleted", old).isFalse();
            }
        } finally {
            hold.release();
        }
    }

    @Test
    @DisplayName("AUD-3: projections shows each projection's position, lag and status, and no saga; unknown names are refused on the name")
    void projectionsReportPositionLagAndStatus() {
        ProjectionsClient projections = new ProjectionsClient(port);
        new OrderJourneys(commands, jdbc).confirmedTeaSet();
        long head = awaitCaughtUp(projections);

        assertThat(projections.all()).extracting(projection -> projection.get("name"))
                .contains("order-view", "inventory-view", "refund-view", "order-search")
                .noneMatch(name -> ((String) name).contains("Saga"));
        assertThat(projections.all()).allSatisfy(projection -> {
            assertThat(projection.get("position")).isEqualTo(String.valueOf(head));
            assertThat(projection.get("lag")).isEqualTo("0");
            assertThat(projection.get("status")).isEqualTo("RUNNING");
            assertThat(projection.get("rebuildProgress")).isNull();
        });
        assertThat(projections.rebuild("no-such-projection").get("errors")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("code", "NOT_FOUND").containsEntry("field", List.of("name"));
        assertThat(projections.retryDeadLetters("no-such-projection").get("errors")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("code", "NOT_FOUND");
    }

    /** Orders through their lives, stock moved and counted, a refund and a logistics exception. */
    private void workload() {
        OrderJourneys journeys = new OrderJourneys(commands, jdbc);
        EventStoreReader events = new EventStoreReader(jdbc);
        String sku = "SKU-REBUILD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 40, "Rebuild lamp"));
        commands.sendAndWait(new TransferStockCommand(sku, "WH-EAST", "WH-WEST", 5));
        commands.sendAndWait(new SetLowStockThresholdCommand(sku, 30));
        commands.sendAndWait(new RecordStocktakeCommand(sku, "WH-WEST", 4, "auditor-rebuild"));

        PlaceOrderCommand completed = journeys.placeConfirmed(order(sku, "Rebuild lamp", 2));
        journeys.pay(completed.orderId(), Money.of("20.00"));
        commands.sendAndWait(new ShipOrderCommand(completed.orderId(), "SF Express", "SF-RB-" + UUID.randomUUID()));
        commands.sendAndWait(new RecordTrackingEventCommand(completed.orderId(), TrackingStatus.IN_TRANSIT, "Shenzhen hub", null, null));
        commands.sendAndWait(new RecordTrackingEventCommand(completed.orderId(), TrackingStatus.DELIVERED, "Front desk", "left at desk", "Wang Fang"));
        commands.sendAndWait(new ConfirmReceiptCommand(completed.orderId()));

        PlaceOrderCommand changed = journeys.placeConfirmed(order(sku, "Rebuild lamp", 1));
        commands.sendAndWait(new ModifyOrderLinesCommand(changed.orderId(), List.of(new OrderLine(sku, "Rebuild lamp", "HOME", Money.of("10.00"), 3))));
        await().atMost(TIMEOUT).until(() -> events.types(changed.orderId()).stream().filter("OrderStockReservedEvent"::equals).count() == 2);
        commands.sendAndWait(new CancelOrderCommand(changed.orderId(), "changed my mind"));

        PlaceOrderCommand refunded = journeys.placeConfirmed(order(sku, "Rebuild lamp", 2));
        journeys.pay(refunded.orderId(), Money.of("20.00"));
        commands.sendAndWait(new ShipOrderCommand(refunded.orderId(), "SF Express", "SF-RB-" + UUID.randomUUID()));
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(refunded.orderId(), refundId, RefundReason.WRONG_AMOUNT, Money.of("5.00"),
                List.of(), false, null, "charged too much"));
        await().atMost(TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));
        await().atMost(TIMEOUT).until(() -> events.types(refunded.orderId()).contains("OrderRefundedEvent"));

        PlaceOrderCommand troubled = journeys.placeConfirmed(order(sku, "Rebuild lamp", 1));
        journeys.pay(troubled.orderId(), Money.of("10.00"));
        commands.sendAndWait(new ShipOrderCommand(troubled.orderId(), "SF Express", "SF-RB-" + UUID.randomUUID()));
        String exceptionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportLogisticsExceptionCommand(troubled.orderId(), exceptionId, ExceptionType.DELAYED, Severity.MINOR, "stuck at hub"));
        commands.sendAndWait(new ResolveLogisticsExceptionCommand(troubled.orderId(), exceptionId, ExceptionResolution.RESHIPPED, "sent again"));

        PlaceOrderCommand rejected = order("SKU-NONE-" + UUID.randomUUID().toString().substring(0, 8), "Nothing", 1);
        commands.sendAndWait(rejected);
        await().atMost(TIMEOUT).until(() -> events.types(rejected.orderId()).contains("OrderRejectedEvent"));
    }

    /**
     * Waits until every projection has handled the whole event store and no new event arrives between two looks.
     *
     * @return the global index of the last event
     */
    private long awaitCaughtUp(ProjectionsClient projections) {
        AtomicLong seen = new AtomicLong(-1);
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
            boolean caughtUp = projections.all().stream().allMatch(projection -> "0".equals(projection.get("lag"))
                    && "RUNNING".equals(projection.get("status")) && Integer.valueOf(0).equals(projection.get("deadLetters")));
            return seen.getAndSet(head) == head && caughtUp;
        });
        return seen.get();
    }

    /** Every row of every table a projection declares, as JSON, in a stable order. */
    private Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        jdbc.sql("""
                        select relname from pg_class where relnamespace = current_schema()::regnamespace
                          and obj_description(oid, 'pg_class') like 'projection:%' order by relname""")
                .query(String.class).list()
                .forEach(table -> tables.put(table, jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1")
                        .query(String.class).list()));
        return tables;
    }

    /** Every document behind the search alias: its id, version (the position of its last event) and source. */
    @SuppressWarnings("rawtypes")
    private Map<String, List<Object>> documents() throws IOException {
        elasticsearch.indices().refresh(r -> r.index("orders"));
        SearchResponse<Map> response = elasticsearch.search(s -> s.index("orders").size(10_000).version(true)
                .query(q -> q.matchAll(all -> all)), Map.class);
        assertThat(response.hits().total().value()).isLessThan(10_000);
        Map<String, List<Object>> documents = new LinkedHashMap<>();
        response.hits().hits().forEach(hit -> documents.put(hit.id(), List.of(hit.version(), hit.source())));
        return documents;
    }

    private Set<String> aliasIndices() throws IOException {
        return Set.copyOf(elasticsearch.indices().getAlias(a -> a.name("orders")).aliases().keySet());
    }

    private static PlaceOrderCommand order(String sku, String productName, int quantity) {
        return new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-rebuild", Channel.MOBILE_APP, PaymentMethod.ONLINE,
                DeliveryMethod.STANDARD, new Address("Wang Fang", "13700000000", "Guangdong", "Shenzhen", "3 Harbour Road", "518000"),
                List.of(new OrderLine(sku, productName, "HOME", Money.of("10.00"), quantity)), null);
    }

    private static List<String> sorted(PlaceOrderCommand... orders) {
        return java.util.Arrays.stream(orders).map(PlaceOrderCommand::orderId).sorted().toList();
    }
}
