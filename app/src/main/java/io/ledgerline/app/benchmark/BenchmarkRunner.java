package io.ledgerline.app.benchmark;

import io.ledgerline.app.JarCommand;
import io.ledgerline.app.embedded.EmbeddedPostgres;
import java.time.Duration;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.OrderLine;
import java.util.Optional;
import javax.sql.DataSource;
import io.ledgerline.app.security.SystemActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledgerline-app.jar benchmark --orders=1000 --clients=8}: places orders through the real
 * command path (gateway, Order aggregate, order number from the PostgreSQL sequence, event appended to the
 * PostgreSQL event store) while the app runs as usual, then measures on the same DataSource what committing
 * those orders' events costs without Axon, prints both and the ratio, and exits. Without the
 * {@code benchmark} argument it does nothing.
 *
 * <p>The benchmark's orders are real orders: the event store is append-only, so they stay. Run it against
 * a throw-away data directory or database, never a production one.
 */
@Component
class BenchmarkRunner extends JarCommand<BenchmarkOptions> {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);
    /** The benchmark's orders are placed by this system actor (SEC-1), never by a person. */
    private static final String ACTOR = "benchmark";
    private static final Duration PROJECTION_WAIT = Duration.ofMinutes(2);

    private final CommandGateway commands;
    private final DataSource dataSource;
    private final Serializer eventSerializer;
    private final EventProcessingConfiguration processing;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    private final Environment environment;

    BenchmarkRunner(ConfigurableApplicationContext context, CommandGateway commands, DataSource dataSource,
                    @Qualifier("eventSerializer") Serializer eventSerializer, EventProcessingConfiguration processing,
                    ObjectProvider<EmbeddedPostgres> embeddedPostgres, Environment environment) {
        super(context);
        this.commands = commands;
        this.dataSource = dataSource;
        this.eventSerializer = eventSerializer;
        this.processing = processing;
        this.embeddedPostgres = embeddedPostgres;
        this.environment = environment;
    }

    @Override
    protected Optional<BenchmarkOptions> options(ApplicationArguments args) {
        return BenchmarkOptions.from(args);
    }

    @Override
    protected int execute(BenchmarkOptions options) {
        System.out.println(benchmark(options));
        return 0;
    }

    private BenchmarkReport benchmark(BenchmarkOptions options) {
        OrderGenerator orders = new OrderGenerator();
        EventStoreProbe eventStore = new EventStoreProbe(JdbcClient.create(dataSource));
        ProjectionCatchUp projections = new ProjectionCatchUp(processing);
        String postgres = eventStore.serverVersion() + " (" + where() + ")";
        log.info("Benchmark: {} orders on {} clients against PostgreSQL {}; the orders stay in the event store",
                options.orders(), options.clients(), postgres);

        // Every sku has ample stock, so orders are confirmed by the fulfilment saga as in normal trading.
        log.info("Stocking {} skus for the benchmark", orders.catalogue().size());
        for (OrderLine product : orders.catalogue()) {
            SystemActor.run(ACTOR, () -> commands.sendAndWait(new ReceiveStockCommand(product.sku(), "WH-BENCH", 1_000_000, product.productName())));
        }

        // Warm-up (JIT, connection pool, caches), not counted; order numbers 0..warmup-1, the run's follow.
        int first = options.warmup();
        LoadDriver.run(null, options.warmup(), options.clients(), i -> SystemActor.run(ACTOR, () -> commands.sendAndWait(orders.order(i))));
        projections.await(eventStore.head(), PROJECTION_WAIT);

        long before = eventStore.head();
        LoadDriver.Run command = LoadDriver.run("command path", options.orders(), options.clients(),
                i -> SystemActor.run(ACTOR, () -> commands.sendAndWait(orders.order(first + i))));
        long events = eventStore.eventsAfter(before);
        double axonEventBytes = eventStore.averageEventBytesAfter(before);
        // The raw phase starts once the projections are idle again, so it measures PostgreSQL alone.
        Optional<Duration> lag = projections.await(eventStore.head(), PROJECTION_WAIT);

        int eventsPerOrder = (int) Math.max(1, Math.round((double) events / options.orders()));
        try (RawPostgresBaseline baseline = RawPostgresBaseline.create(dataSource, eventSerializer, orders,
                eventsPerOrder)) {
            LoadDriver.run(null, options.warmup(), options.clients(), baseline::commitOrder);
            LoadDriver.Run raw = LoadDriver.run("raw JDBC", options.orders(), options.clients(),
                    i -> baseline.commitOrder(first + i));
            return new BenchmarkReport(options, postgres, command, events, axonEventBytes, lag, raw, eventsPerOrder,
                    baseline.averageEventBytes());
        }
    }

    /** Embedded, or the external URL without its parameters (which may carry credentials). */
    private String where() {
        if (embeddedPostgres.getIfAvailable() != null) {
            return "embedded";
        }
        String url = environment.getProperty("spring.datasource.url", "?");
        return "external at " + (url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
    }

}
