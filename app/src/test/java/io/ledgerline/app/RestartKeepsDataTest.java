package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.embedded.EmbeddedElasticsearch;
import io.ledgerline.app.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its data: stop the app, start it again on the same data directory, and the
 * order is still there, in PostgreSQL and in Elasticsearch. Stopping the app leaves no server behind.
 */
class RestartKeepsDataTest {

    private static final Path DATA_DIR = TestDataDirs.create("restart");

    @AfterAll
    static void removeData() {
        TestDataDirs.deleteRecursively(DATA_DIR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("ORD-6: an order placed before a restart is found after it, its payment deadline fires after it,"
            + " and no server outlives the app")
    void dataAndDeadlinesSurviveARestart() throws Exception {
        PlaceOrderCommand command = OrderFixtures.teaSet();
        LedgerlineIntegrationTest.signInAsTestActor();
        List<Long> serverPids;
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            for (OrderLine line : command.lines()) {
                commands.sendAndWait(new ReceiveStockCommand(line.sku(), "WH-EAST", 10, line.productName()));
            }
            commands.sendAndWait(command);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> find(first, command.orderId()).isPresent()
                    && indexed(first, command.orderId()));
            serverPids = List.of(first.getBean(EmbeddedPostgres.class).pid(), first.getBean(EmbeddedElasticsearch.class).pid());
            assertThat(first.getBean(EmbeddedPostgres.class).dataDir()).startsWith(DATA_DIR);
            assertThat(events(first).types(command.orderId())).as("not cancelled before the restart")
                    .doesNotContain("OrderCancelledEvent");
        }

        assertThat(serverPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(processesMentioning(DATA_DIR)).as("processes still using the data directory").isEmpty();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(find(second, command.orderId())).get().extracting(OrderView::orderNumber).asString().startsWith("SO-");
            assertThat(indexed(second, command.orderId())).isTrue();
            await().atMost(Duration.ofSeconds(90)).until(() -> events(second).types(command.orderId()).contains("OrderCancelledEvent"));
            assertThat(events(second).payloads(command.orderId(), "OrderCancelledEvent").getFirst().get("reason").asText())
                    .isEqualTo("PAYMENT_TIMEOUT");
        }
        assertThat(processesMentioning(DATA_DIR)).isEmpty();
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments, as an operator gives them: they take precedence over application.yml.
        return new SpringApplicationBuilder(LedgerlineApplication.class).run(
                "--server.port=0",
                "--ledgerline.orders.payment-timeout=PT25S",
                // Spring Boot switches introspection on or off for the whole JVM; keep it as the shared context has it.
                "--ledgerline.graphql.explorer=true",
                "--ledgerline.data-dir=" + DATA_DIR,
                "--ledgerline.embedded.install-dir=" + TestDataDirs.INSTALL_DIR);
    }

    private static EventStoreReader events(ConfigurableApplicationContext context) {
        return new EventStoreReader(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class));
    }

    private static Optional<OrderView> find(ConfigurableApplicationContext context, String orderId) {
        return context.getBean(QueryGateway.class)
                .query(FindOrderQuery.byId(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)).join();
    }

    private static boolean indexed(ConfigurableApplicationContext context, String orderId) throws Exception {
        return context.getBean(ElasticsearchClient.class).get(g -> g.index("orders").id(orderId), Map.class).found();
    }

    private static List<String> processesMentioning(Path dir) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(dir.toString()))
                .toList();
    }
}
