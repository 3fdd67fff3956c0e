package io.ledgerline.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared small simulation ({@link SimulatedHistory}) through the whole app, examined test by test. */
class SimulatorIntegrationTest extends SimulatedHistoryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant UNTIL = SimulatedHistory.UNTIL;
    private static final SimulationOptions OPTIONS = SimulatedHistory.OPTIONS;
    private static final Set<String> STAFF_ROLES = Set.of("ORDER_CLERK", "FINANCE", "WAREHOUSE", "CUSTOMER_SERVICE");

    private static SimulatedRun simulated;

    @LocalServerPort
    int port;
    @Autowired
    QueryGateway queries;
    @Autowired
    EmbeddedPostgres postgres;

    /** The run's report, every event of the aggregates it touched, and the live order placed meanwhile. */
    record SimulatedRun(SimulationReport report, List<StoredEvent> events, PlaceOrderCommand liveOrder,
                        Instant finishedAt) {
    }

    record StoredEvent(long globalIndex, String aggregateId, String type, Instant timestamp, JsonNode payload,
                       JsonNode metadata) {
    }

    @Test
    @DisplayName("Simulator: event timestamps and business instants are backdated across every day of the span")
    void eventsAreBackdatedAcrossTheSpan() {
        SimulatedRun run = simulation();
        assertThat(run.events()).allSatisfy(event -> assertThat(event.timestamp())
                .isAfterOrEqualTo(OPTIONS.from()).isBefore(run.finishedAt()));
        Set<LocalDate> daysWithOrders = run.events().stream().filter(event -> event.type().equals("OrderPlacedEvent"))
                .map(event -> event.timestamp().atZone(ZoneOffset.UTC).toLocalDate()).collect(Collectors.toSet());
        assertThat(daysWithOrders).containsAll(OPTIONS.from().atZone(ZoneOffset.UTC).toLocalDate()
                .datesUntil(UNTIL.atZone(ZoneOffset.UTC).toLocalDate()).toList());
        assertThat(run.events()).filteredOn(event -> event.type().equals("OrderPlacedEvent")).allSatisfy(event -> {
            assertThat(Instant.parse(event.payload().get("placedAt").asText())).isEqualTo(event.timestamp());
            assertThat(event.payload().get("orderNumber").asText())
                    .startsWith("SO-" + event.timestamp().toString().substring(0, 10).replace("-", ""));
        });
        // Staff stop at the end of the span; only deadlines (timeouts, auto-completions) fire after it.
        assertThat(run.events()).filteredOn(event -> !event.timestamp().isBefore(UNTIL))
                .extracting(StoredEvent::type).isNotEmpty()
                .isSubsetOf("OrderCancelledEvent", "OrderCompletedEvent", "LogisticsExceptionEscalatedEvent",
                        "ReservationReleasedEvent", "LowStockAlertClearedEvent", "LowStockAlertRaisedEvent");
    }

    @Test
    @DisplayName("Simulator (SEC-1, AUD-1): every event of the run, saga- and deadline-caused ones too, is marked "
            + "simulated with its run and names its actor: a simulated staff member, or the system for a deadline")
    void everyEventIsMarkedWithActorAndRole() {
        SimulatedRun run = simulation();
        assertThat(run.events()).hasSizeGreaterThan(1000).allSatisfy(event -> {
            JsonNode metadata = event.metadata();
            assertThat(metadata.path("simulated").asBoolean()).as("simulated mark of %s", event.type()).isTrue();
            assertThat(metadata.path("simulationRun").asText()).isEqualTo(run.report().runId());
            assertThat(metadata.path("correlationId").asText()).isNotBlank();
            if (metadata.path("role").asText().equals("SYSTEM")) {
                // What a deadline decides is the system's, on behalf of the staff member whose step set it.
                assertThat(metadata.path("actor").asText()).isEqualTo("system:deadlines");
                assertThat(metadata.path("scheduledBy").asText()).startsWith("sim-");
            } else {
                assertThat(metadata.path("actor").asText()).startsWith("sim-");
                assertThat(metadata.path("role").asText()).isIn(STAFF_ROLES);
            }
        });
        assertThat(run.events()).extracting(event -> event.metadata().path("role").asText())
                .containsAll(STAFF_ROLES).contains("SYSTEM");
    }

    @Test
    @DisplayName("Simulator: the run covers customers across channels and provinces, a catalogue across categories "
            + "in several warehouses, and every kind of activity of the shop")
    void theMixCoversTheActivities() {
        SimulatedRun run = simulation();
        Map<String, Long> types = run.events().stream().collect(Collectors.groupingBy(StoredEvent::type,
                Collectors.counting()));
        assertThat(types).containsKeys(
                "OrderPlacedEvent", "StockReservedEvent", "OrderStockReservedEvent", "OrderLinesModifiedEvent",
                "PaymentRecordedEvent", "PaymentFailedEvent", "PaymentAmountMismatchEvent", "OrderHeldForReviewEvent",
                "OrderReadyForFulfilmentEvent", "OrderCancelledEvent", "OrderShippedEvent", "ReservedStockDeductedEvent",
                "TrackingEventRecordedEvent", "OrderDeliveredEvent", "OrderCompletedEvent",
                "LogisticsExceptionReportedEvent", "LogisticsExceptionResolvedEvent", "LogisticsExceptionEscalatedEvent",
                "RefundRequestedEvent", "RefundOpenedEvent", "RefundApprovedEvent", "RefundCompletedEvent",
                "OrderRefundedEvent", "ReturnedGoodsRestockedEvent", "StockReceivedEvent", "WarehousePrioritySetEvent",
                "LowStockThresholdSetEvent", "StocktakeRecordedEvent");
        assertThat(values(run, "OrderCancelledEvent", "reason")).contains("PAYMENT_TIMEOUT")
                .anyMatch(reason -> !reason.equals("PAYMENT_TIMEOUT"));
        assertThat(values(run, "OrderCompletedEvent", "how")).contains("AUTO", "CUSTOMER_CONFIRMED");
        assertThat(values(run, "OrderPlacedEvent", "channel")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(values(run, "OrderPlacedEvent", "paymentMethod")).contains("CASH_ON_DELIVERY", "ONLINE");
        assertThat(run.events().stream().filter(event -> event.type().equals("OrderPlacedEvent"))
                .map(event -> event.payload().path("shippingAddress").path("province").asText()).distinct().count())
                .isGreaterThanOrEqualTo(8);
        assertThat(run.events().stream().filter(event -> event.type().equals("OrderPlacedEvent"))
                .flatMap(event -> event.payload().path("lines").valueStream())
                .map(line -> line.path("category").asText()).distinct().toList())
                .contains("ELECTRONICS", "FOOD", "COSMETICS", "UNDERWEAR", "PERSONAL_CARE", "CUSTOM");
        assertThat(values(run, "StockReceivedEvent", "warehouse")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(run.report().ordersPlaced()).isEqualTo(types.get("OrderPlacedEvent"));
        assertThat(run.report().completed()).isTrue();
        assertThat(run.report().failures()).isZero();
    }

    @Test
    @DisplayName("Simulator (ORD-6, ORD-11): after the run no order is left unpaid or delivered-but-open, because "
            + "the deadlines that fell due were delivered in simulated time")
    void ordersEndInPlausibleStates() {
        SimulatedRun run = simulation();
        List<String> orderIds = run.events().stream().filter(event -> event.type().equals("OrderPlacedEvent"))
                .map(StoredEvent::aggregateId).toList();
        Map<String, OrderStatus> statusById = orderIds.stream().collect(Collectors.toMap(Function.identity(), this::status));
        Map<OrderStatus, Long> statuses = statusById.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(statuses).as("order statuses; the events of the open ones: %s", statusById.entrySet().stream()
                        .filter(entry -> entry.getValue() == OrderStatus.PENDING_PAYMENT
                                || entry.getValue() == OrderStatus.DELIVERED)
                        .map(entry -> run.events().stream().filter(event -> event.aggregateId().equals(entry.getKey()))
                                .map(event -> event.type() + "@" + event.timestamp()).toList()).toList())
                .doesNotContainKeys(OrderStatus.PENDING_PAYMENT, OrderStatus.DELIVERED)
                .containsKeys(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.SHIPPED);
        assertThat(statuses.get(OrderStatus.COMPLETED)).as("most orders are done").isGreaterThan(orderIds.size() / 3);
    }

    @Test
    @DisplayName("Simulator (AUD-1): the audit log shows a simulated order's events as simulated, with their run; a live "
            + "order's as not")
    void theAuditLogMarksSimulatedEvents() {
        SimulatedRun run = simulation();
        String simulatedOrder = run.events().stream().filter(event -> event.type().equals("OrderPlacedEvent"))
                .findFirst().orElseThrow().aggregateId();
        String document = "query($id: String) { auditLog(filter: { aggregateId: $id }) { edges { node { eventType actor "
                + "simulated simulationRun } } } }";

        List<Map<String, Object>> simulatedEntries = auditEntries(document, simulatedOrder);
        List<Map<String, Object>> liveEntries = auditEntries(document, run.liveOrder().orderId());

        assertThat(simulatedEntries).isNotEmpty().allSatisfy(entry -> assertThat(entry)
                .containsEntry("simulated", true).containsEntry("simulationRun", run.report().runId()));
        assertThat(liveEntries).isNotEmpty().allSatisfy(entry -> assertThat(entry)
                .containsEntry("simulated", false).containsEntry("simulationRun", null));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditEntries(String document, String aggregateId) {
        return GraphQlClients.http(port, "auditor").document(document).variable("id", aggregateId).retrieveSync("auditLog.edges")
                .toEntityList(Map.class).stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }

    @Test
    @DisplayName("Simulator: the tests of simulated history run on a database of their own, not the one other tests share")
    void simulatedHistoryHasItsOwnDatabase() {
        assertThat(postgres.dataDir()).startsWith(dataDir());
    }

    @Test
    @DisplayName("Simulator: live work on the same node during a run keeps real time and no simulated mark")
    void liveTrafficIsNotBackdated() {
        SimulatedRun run = simulation();
        String liveOrder = run.liveOrder().orderId();
        List<JsonNode> metadata = jdbc.sql("select convert_from(metadata, 'UTF8') from domainevententry "
                        + "where aggregateidentifier = ? order by globalindex").param(liveOrder)
                .query(String.class).list().stream().map(SimulatorIntegrationTest::parse).toList();
        List<Instant> timestamps = jdbc.sql("select timestamp from domainevententry where aggregateidentifier = ?")
                .param(liveOrder).query(String.class).list().stream().map(Instant::parse).toList();
        assertThat(metadata).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(meta -> assertThat(meta.has("simulated")).isFalse());
        assertThat(timestamps).allSatisfy(timestamp -> assertThat(timestamp).isAfter(UNTIL.plus(Duration.ofDays(365))));
    }

    private OrderStatus status(String orderId) {
        return queries.query(FindOrderQuery.byId(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)).join()
                .map(OrderView::status).orElseThrow();
    }

    private static Set<String> values(SimulatedRun run, String type, String field) {
        return run.events().stream().filter(event -> event.type().equals(type))
                .map(event -> event.payload().path(field).asText()).collect(Collectors.toSet());
    }

    /** The shared run, with every event of the aggregates it touched. */
    private synchronized SimulatedRun simulation() {
        if (simulated == null) {
            SimulatedHistory.Run run = simulatedHistory();
            simulated = new SimulatedRun(run.report(), eventsOf(run.report().runId(), run.headBefore()), run.liveOrder(),
                    run.finishedAt());
        }
        return simulated;
    }

    /** Every event, after {@code head}, of an aggregate that an event of the run belongs to. */
    private List<StoredEvent> eventsOf(String runId, long head) {
        return jdbc.sql("""
                        select globalindex, aggregateidentifier, payloadtype, timestamp,
                               convert_from(payload, 'UTF8') as payload, convert_from(metadata, 'UTF8') as metadata
                        from domainevententry
                        where globalindex > :head and aggregateidentifier in (
                            select aggregateidentifier from domainevententry
                            where globalindex > :head and convert_from(metadata, 'UTF8')::jsonb ->> 'simulationRun' = :run)
                        order by globalindex""")
                .param("head", head).param("run", runId)
                .query((row, index) -> new StoredEvent(row.getLong("globalindex"), row.getString("aggregateidentifier"),
                        row.getString("payloadtype").substring(row.getString("payloadtype").lastIndexOf('.') + 1),
                        Instant.parse(row.getString("timestamp")), parse(row.getString("payload")),
                        parse(row.getString("metadata"))))
                .list();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored event is not JSON: " + json, e);
        }
    }
}
