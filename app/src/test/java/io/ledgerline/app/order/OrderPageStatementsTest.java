package io.ledgerline.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of orders with their shipments and exceptions costs a fixed number of SQL statements, however many
 * orders it holds. The statements are counted by PostgreSQL itself: for the duration of one request the
 * server logs every statement ({@code log_statement = all}), and the test reads its log between two markers.
 */
class OrderPageStatementsTest extends LedgerlineIntegrationTest {

    private static final int ORDERS = 50;
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern STATEMENT = Pattern.compile("LOG:  (?:execute [^:]*|statement): (.*)", Pattern.DOTALL);
    private static final Pattern READ_MODEL_TABLE =
            Pattern.compile("\\border_(view|line_view|shipment_view|tracking_event_view|exception_view)\\b");

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Value("${ledgerline.data-dir}")
    Path dataDir;

    @Test
    @DisplayName("A page of 50 orders with shipment, tracking events and exceptions reads the order read model in 5 statements, not per order")
    @SuppressWarnings("unchecked")
    void pageCostsAFixedNumberOfStatements() throws IOException {
        OrderJourney journey = new OrderJourney(commands, jdbc, port);
        String customer = "batch-" + UUID.randomUUID();
        List<PlaceOrderCommand> orders = journey.placeConfirmed(customer, ORDERS);
        for (int i = 0; i < ORDERS; i++) {
            String id = orders.get(i).orderId();
            journey.pay(id);
            commands.sendAndWait(new ShipOrderCommand(id, "ZTO", "ZTO-" + i));
            commands.sendAndWait(new RecordTrackingEventCommand(id, TrackingStatus.IN_TRANSIT, "Hub " + i, null, null));
            if (i % 2 == 0) {
                commands.sendAndWait(new ReportLogisticsExceptionCommand(id, UUID.randomUUID().toString(), ExceptionType.DAMAGED,
                        Severity.MAJOR, "box crushed"));
            }
        }
        String query = """
                query($customer: String) { orders(filter: { customerId: $customer }, first: 50) {
                  totalCount
                  edges { node { id lines { sku } shipment { carrier events { status } } exceptions { id type } } } } }""";
        await().atMost(OrderJourney.TIMEOUT).until(() -> {
            Map<String, Object> page = journey.graphQl().document(query).variable("customer", customer).retrieveSync("orders")
                    .toEntity(Map.class);
            List<Map<String, Object>> nodes = ((List<Map<String, Object>>) page.get("edges")).stream()
                    .map(edge -> (Map<String, Object>) edge.get("node")).toList();
            return nodes.size() == ORDERS
                    && nodes.stream().allMatch(node -> node.get("shipment") != null
                            && ((List<?>) ((Map<String, Object>) node.get("shipment")).get("events")).size() == 1)
                    && nodes.stream().mapToInt(node -> ((List<?>) node.get("exceptions")).size()).sum() == ORDERS / 2;
        });

        List<String> statements = statementsDuring(() -> journey.graphQl().document(query).variable("customer", customer)
                .retrieveSync("orders").toEntity(Map.class));

        List<String> readModelReads = statements.stream().filter(sql -> READ_MODEL_TABLE.matcher(sql).find()).toList();
        assertThat(readModelReads).as("statements reading the order read model: the page, its count, lines, shipments, exceptions")
                .hasSize(5)
                .allSatisfy(sql -> assertThat(sql.stripLeading()).startsWithIgnoringCase("select"));
    }

    /** Every statement PostgreSQL executed, on any connection, while {@code action} ran. */
    private List<String> statementsDuring(Runnable action) throws IOException {
        Path log = dataDir.resolve("logs").resolve("postgres.log");
        long offset = Files.size(log);
        String start = "ordq-start-" + UUID.randomUUID();
        String end = "ordq-end-" + UUID.randomUUID();
        jdbc.sql("alter system set log_statement = 'all'").update();
        try {
            jdbc.sql("select pg_reload_conf()").query().singleRow();
            // The server re-reads its settings asynchronously: go on once a marker shows up in the log.
            await().atMost(OrderJourney.TIMEOUT).until(() -> {
                jdbc.sql("select '" + start + "'").query().singleRow();
                return read(log, offset).contains(start);
            });
            action.run();
            jdbc.sql("select '" + end + "'").query().singleRow();
        } finally {
            jdbc.sql("alter system reset log_statement").update();
            jdbc.sql("select pg_reload_conf()").query().singleRow();
        }
        String logged = read(log, offset);
        String window = logged.substring(logged.lastIndexOf(start), logged.indexOf(end));
        List<String> statements = new ArrayList<>();
        for (String entry : ENTRY_START.split(window)) {
            Matcher statement = STATEMENT.matcher(entry);
            if (statement.find()) {
                statements.add(statement.group(1));
            }
        }
        return statements;
    }

    private static String read(Path log, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(Arrays.copyOfRange(bytes, (int) Math.min(offset, bytes.length), bytes.length), StandardCharsets.UTF_8);
    }
}
