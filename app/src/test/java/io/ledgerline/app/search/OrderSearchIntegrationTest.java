package io.ledgerline.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code searchOrders} end to end: real orders placed through the command side, projected into the
 * Elasticsearch {@code orders} index by the {@code order-search} processor, searched over GraphQL HTTP.
 * Every test uses words of its own, since the context (and the index) is shared.
 */
class OrderSearchIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PROCESSING_GROUP = "order-search";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("searchOrders finds an order by a product name, its recipient, its phone and its order number, across fields")
    void findsAnOrderByEverySearchedField() {
        String product = word();
        String recipient = word();
        String phone = phone();
        PlaceOrderCommand order = placeConfirmed(order("Lantern " + product, "Zhang " + recipient, phone, "66.00"));
        PlaceOrderCommand other = placeConfirmed(order("Lantern " + word(), "Zhang " + word(), phone(), "66.00"));
        SearchOrdersClient search = new SearchOrdersClient(port);

        await().atMost(TIMEOUT).until(() -> search.search(product).ids(), ids -> ids.equals(List.of(order.orderId())));
        assertThat(search.search("zhang " + recipient).ids()).containsExactly(order.orderId());
        assertThat(search.search(phone).ids()).containsExactly(order.orderId());
        assertThat(search.search(recipient + " lantern " + product).ids()).as("every word, found in different fields")
                .containsExactly(order.orderId());
        String orderNumber = orderNumber(order);
        assertThat(search.search(orderNumber).ids()).containsExactly(order.orderId());
        await().atMost(TIMEOUT).until(() -> search.search(orderNumber(other)).ids(), ids -> ids.equals(List.of(other.orderId())));
        assertThat(search.search(product + " " + word()).ids()).as("a word found nowhere").isEmpty();
    }

    @Test
    @DisplayName("ORD-9: the status filter narrows a search to shipped orders; channel and total filters narrow it too")
    void filtersNarrowTheSearch() {
        String product = word();
        PlaceOrderCommand shipped = placeConfirmed(order("Kite " + product, "Wang Fang", phone(), "50.00"));
        PlaceOrderCommand pending = placeConfirmed(order("Kite " + product, "Wang Fang", phone(), "80.00"));
        payAndShip(shipped, "50.00");
        SearchOrdersClient search = new SearchOrdersClient(port);

        await().atMost(TIMEOUT).until(() -> search.search(product, Map.of("status", List.of("SHIPPED"))).ids(),
                ids -> ids.equals(List.of(shipped.orderId())));
        SearchOrdersClient.Page all = search.search(product);
        assertThat(all.ids()).containsExactlyInAnyOrder(shipped.orderId(), pending.orderId());
        assertThat(all.totalCount()).isEqualTo(2);
        assertThat(search.search(product, Map.of("status", List.of("PENDING_PAYMENT"))).ids()).containsExactly(pending.orderId());
        assertThat(search.search(product, Map.of("status", List.of("PAID", "SHIPPED"))).ids()).containsExactly(shipped.orderId());
        assertThat(search.search(product, Map.of("channel", List.of("MOBILE_APP"))).ids()).isEmpty();
        assertThat(search.search(product, Map.of("channel", List.of("WEB"), "maxTotal", "60.00")).ids())
                .containsExactly(shipped.orderId());
        assertThat(search.search(product, Map.of("minTotal", "80.00", "province", "Zhejiang")).ids())
                .as("minTotal is inclusive").containsExactly(pending.orderId());
        assertThat(search.search(product, Map.of("status", List.of("SHIPPED"), "minTotal", "80.00")).totalCount()).isZero();
    }

    @Test
    @DisplayName("ORD-4: after an order's lines change, it is found by the new product names and total, no longer by the old")
    void changedLinesAreSearchedAnew() {
        String before = word();
        String after = word();
        PlaceOrderCommand order = placeConfirmed(order("Vase " + before, "Sun Li", phone(), "25.00"));
        String sku = "SKU-" + word().toUpperCase();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 100, "Bowl " + after));
        SearchOrdersClient search = new SearchOrdersClient(port);
        await().atMost(TIMEOUT).until(() -> search.search(before).ids(), ids -> ids.equals(List.of(order.orderId())));

        commands.sendAndWait(new ModifyOrderLinesCommand(order.orderId(),
                List.of(new OrderLine(sku, "Bowl " + after, "KITCHEN", Money.of("45.50"), 2))));

        await().atMost(TIMEOUT).until(() -> search.search(after).ids(), ids -> ids.equals(List.of(order.orderId())));
        assertThat(search.search(before).ids()).isEmpty();
        assertThat(search.search(after, Map.of("minTotal", "91.00", "maxTotal", "91.00")).ids()).containsExactly(order.orderId());
        assertThat(search.search(sku.toLowerCase()).ids()).as("skus are not among the searched fields").isEmpty();
    }

    @Test
    @DisplayName("searchOrders pages with cursors: two pages, no order twice or left out, the same totalCount on both")
    void pagesThroughResultsWithCursors() {
        String product = word();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(place(order("Drum " + product, "Chen Jie", phone(), "30.00")).orderId());
        }
        SearchOrdersClient search = new SearchOrdersClient(port);

        await().atMost(TIMEOUT).until(() -> search.search(product).totalCount(), total -> total == 5);
        SearchOrdersClient.Page first = search.search(product, null, 3, null);
        SearchOrdersClient.Page second = search.search(product, null, 3, first.endCursor());

        assertThat(first.ids()).hasSize(3);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.endCursor()).isNotBlank();
        assertThat(second.ids()).hasSize(2);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(List.of(first.totalCount(), second.totalCount())).containsOnly(5);
        Set<String> seen = new HashSet<>(first.ids());
        seen.addAll(second.ids());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(search.search(product, null, 5, null).ids()).as("the pages follow the one ranking")
                .containsExactlyElementsOf(concat(first.ids(), second.ids()));
    }

    @Test
    @DisplayName("A repeated event changes nothing: the document stays at the version of the order's last event")
    void repeatedEventsDoNotChangeTheDocument() throws Exception {
        String product = word();
        PlaceOrderCommand order = placeConfirmed(order("Fan " + product, "Liu Yang", phone(), "40.00"));
        payAndShip(order, "40.00");
        long lastEvent = lastGlobalIndex(order.orderId());
        await().atMost(TIMEOUT).until(() -> document(order.orderId()), doc -> doc.found() && doc.version() == lastEvent);
        GetResponse<Map> before = document(order.orderId());
        assertThat(before.source()).containsEntry("status", "SHIPPED");
        assertThat(((Number) before.source().get("position")).longValue()).isEqualTo(lastEvent);

        List<TrackedEventMessage<?>> events = storedEvents(order.orderId());
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);
        for (TrackedEventMessage<?> event : events) {
            redeliver(List.of(event));   // each alone: the placement, and every change after it
        }
        redeliver(events);               // all of them again in one batch

        GetResponse<Map> after = document(order.orderId());
        assertThat(after.version()).isEqualTo(lastEvent);
        assertThat(after.source()).isEqualTo(before.source());
    }

    @Test
    @DisplayName("A replay of the order-search projection rebuilds the same documents")
    void replayRebuildsTheSameIndex() throws Exception {
        String product = word();
        PlaceOrderCommand order = placeConfirmed(order("Bell " + product, "Zhou Min", phone(), "20.00"));
        payAndShip(order, "20.00");
        long lastEvent = lastGlobalIndex(order.orderId());
        await().atMost(TIMEOUT).until(() -> document(order.orderId()), doc -> doc.found() && doc.version() == lastEvent);
        GetResponse<Map> before = document(order.orderId());

        PooledStreamingEventProcessor processor = processing
                .eventProcessor(PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            processor.resetTokens();
        } finally {
            processor.start();
        }

        await().atMost(TIMEOUT).ignoreExceptions()
                .until(() -> document(order.orderId()), doc -> doc.found() && doc.version() == lastEvent);
        assertThat(document(order.orderId()).source()).isEqualTo(before.source());
        SearchOrdersClient search = new SearchOrdersClient(port);
        await().atMost(TIMEOUT).until(() -> search.search(product, Map.of("status", List.of("SHIPPED"))).ids(),
                ids -> ids.equals(List.of(order.orderId())));
    }

    private PlaceOrderCommand order(String productName, String recipient, String phone, String price) {
        String sku = "SKU-" + word().toUpperCase();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 100, productName));
        return new PlaceOrderCommand(UUID.randomUUID().toString(), "customer-" + word(), Channel.WEB, PaymentMethod.ONLINE,
                DeliveryMethod.EXPRESS, new Address(recipient, phone, "Zhejiang", "Hangzhou", "8 Lake Road", "310000"),
                List.of(new OrderLine(sku, productName, "HOME", Money.of(price), 1)), null);
    }

    private PlaceOrderCommand place(PlaceOrderCommand order) {
        commands.sendAndWait(order);
        return order;
    }

    /** Placed, and its stock reserved by the fulfilment saga, so it can be paid. */
    private PlaceOrderCommand placeConfirmed(PlaceOrderCommand order) {
        place(order);
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderStockReservedEvent"));
        return order;
    }

    private void payAndShip(PlaceOrderCommand order, String total) {
        commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, Money.of(total), "TX-" + UUID.randomUUID()));
        commands.sendAndWait(new ShipOrderCommand(order.orderId(), "SF Express", "SF" + ThreadLocalRandom.current().nextLong(1_000_000_000L)));
        assertThat(new EventStoreReader(jdbc).types(order.orderId())).last().isEqualTo("OrderShippedEvent");
    }

    private String orderNumber(PlaceOrderCommand order) {
        return new EventStoreReader(jdbc).payloads(order.orderId(), "OrderPlacedEvent").getFirst().get("orderNumber").asText();
    }

    private long lastGlobalIndex(String orderId) {
        return jdbc.sql("select max(globalindex) from domainevententry where aggregateidentifier = ?").param(orderId)
                .query(Long.class).single();
    }

    @SuppressWarnings("rawtypes")
    private GetResponse<Map> document(String orderId) throws IOException {
        return elasticsearch.get(g -> g.index("orders").id(orderId), Map.class);
    }

    /** The order's events as the processor receives them: read back from the event store with their tokens. */
    private List<TrackedEventMessage<?>> storedEvents(String orderId) {
        long first = jdbc.sql("select min(globalindex) from domainevententry where aggregateidentifier = ?").param(orderId)
                .query(Long.class).single();
        long last = lastGlobalIndex(orderId);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(GapAwareTrackingToken.newInstance(first - 1, Set.of()))) {
            while (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElseThrow();
                if (event instanceof DomainEventMessage<?> domain && orderId.equals(domain.getAggregateIdentifier())) {
                    events.add(event);
                }
                if (position >= last) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** Hands events to the order-search projection again, in one unit of work, as a redelivered batch. */
    private void redeliver(List<TrackedEventMessage<?>> events) {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        EventHandlerInvoker invoker = processor.eventHandlerInvoker();
        ResultMessage<Object> result = DefaultUnitOfWork.startAndGet(events.getFirst()).executeWithResult(() -> {
            for (TrackedEventMessage<?> event : events) {
                invoker.handle(event, Segment.ROOT_SEGMENT);
            }
            return null;
        });
        assertThat(result.isExceptional()).as("redelivery failed: %s", result.optionalExceptionResult()).isFalse();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A made-up word no other test uses: ten lower-case letters. */
    private static String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
