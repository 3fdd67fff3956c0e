package io.ledgerline.app.benchmark;

import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.security.Role;
import io.ledgerline.app.JarCommand;
import io.ledgerline.app.embedded.EmbeddedPostgres;
import io.ledgerline.app.projections.ProjectionRebuilder;
import io.ledgerline.app.security.SystemActor;
import io.ledgerline.app.security.UserAdministration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledgerline-app.jar benchmark --orders=2000 --clients=8}: measures the order pipeline on the
 * running app, then exits. In one run on one database:
 * <ol>
 *   <li>end to end: orders placed through the command path on closed-loop clients, from the first placement
 *       until the last is reserved, confirmed, and shown by the order read model and the search index; with the
 *       rate of each tenth of the run, to show whether cost grows with the store;</li>
 *   <li>the raw baseline: the same number of orders, each one JDBC transaction writing as many events of the
 *       same sizes as a real placement wrote (the saga's included), on as many clients;</li>
 *   <li>placeOrder over GraphQL HTTP at half the end-to-end rate (or {@code --graphql-rate}), with every
 *       processor's lag meanwhile;</li>
 *   <li>a rebuild of the order read model and of the search index;</li>
 *   <li>the JVM's peak resident memory.</li>
 * </ol>
 * Without the {@code benchmark} argument it does nothing. The benchmark's orders are real orders and stay (the
 * event store is append-only): run it against a throw-away data directory or database, never a production one.
 */
@Component
class BenchmarkRunner extends JarCommand<BenchmarkOptions> {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);
    /** The benchmark's orders are placed by this system actor (SEC-1), never by a person. */
    private static final String ACTOR = "benchmark";
    private static final Duration SETTLE_WAIT = Duration.ofMinutes(10);
    private static final Set<String> VISIBLE_IN = Set.of("order-view", "order-search");
    private static final int SAMPLE_ROWS = 20_000;
    private static final Duration GRAPHQL_WARMUP = Duration.ofSeconds(3);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final DataSource dataSource;
    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilder rebuilder;
    private final UserAdministration users;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    private final Environment environment;

    BenchmarkRunner(ConfigurableApplicationContext context, CommandGateway commands, EventStore eventStore,
                    DataSource dataSource, EventProcessingConfiguration processing, ProjectionRebuilder rebuilder,
                    UserAdministration users, ObjectProvider<EmbeddedPostgres> embeddedPostgres, Environment environment) {
        super(context);
        this.commands = commands;
        this.eventStore = eventStore;
        this.dataSource = dataSource;
        this.processing = processing;
        this.rebuilder = rebuilder;
        this.users = users;
        this.embeddedPostgres = embeddedPostgres;
        this.environment = environment;
    }

    @Override
    protected Optional<BenchmarkOptions> options(ApplicationArguments args) {
        return BenchmarkOptions.from(args);
    }

    @Override
    protected int execute(BenchmarkOptions options) {
        BenchmarkReport report = benchmark(options);
        System.out.println(report);
        return report.failed() ? 1 : 0;
    }

    private BenchmarkReport benchmark(BenchmarkOptions options) {
        OrderGenerator orders = new OrderGenerator(options.hotSkus(), options.hotShare());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        EventStoreProbe store = new EventStoreProbe(jdbc);
        ProjectionCatchUp projections = new ProjectionCatchUp(processing);
        String postgres = store.serverVersion() + " (" + where() + ")";
        log.info("Benchmark: {} orders on {} clients against PostgreSQL {}; the orders stay in the event store",
                options.orders(), options.clients(), postgres);

        // Every sku has ample stock, so orders are confirmed by the fulfilment saga as in normal trading.
        log.info("Stocking {} skus for the benchmark", orders.catalogue().size());
        for (OrderLine product : orders.catalogue()) {
            SystemActor.run(ACTOR, () -> commands.sendAndWait(new ReceiveStockCommand(product.sku(), "WH-BENCH",
                    100_000_000, product.productName())));
        }

        // Warm-up (JIT, connection pool, caches), not counted; order numbers 0..warmup-1, the run's follow.
        int first = options.warmup();
        LoadDriver.run(null, options.warmup(), options.clients(), i -> place(orders, i));
        projections.await(store.head(), SETTLE_WAIT);

        // 1. End to end.
        long before = store.head();
        CompletableFuture<Settlement.Decided> decided = Settlement.follow(eventStore, before, options.orders());
        long start = System.nanoTime();
        LoadDriver.Run placed = LoadDriver.run("end to end", options.orders(), options.clients(),
                i -> place(orders, first + i));
        Settlement.Decided settled = decided.orTimeout(SETTLE_WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
        projections.await(settled.lastPosition(), SETTLE_WAIT, VISIBLE_IN)
                .orElseThrow(() -> new IllegalStateException("the read models did not show every order within " + SETTLE_WAIT));
        Duration endToEnd = Duration.ofNanos(System.nanoTime() - start);
        long events = store.eventsAfter(before);
        double axonEventBytes = store.averageEventBytesAfter(before);
        log.info("End to end: {} orders visible after {} ms; waiting for every processor before the raw baseline",
                options.orders(), endToEnd.toMillis());
        projections.await(store.head(), SETTLE_WAIT);

        // 2. The raw baseline: the same orders' events, one transaction per order.
        int eventsPerOrder = (int) Math.max(1, Math.round((double) events / options.orders()));
        LoadDriver.Run raw;
        double rawEventBytes;
        try (RawPostgresBaseline baseline = RawPostgresBaseline.create(dataSource, store.sampleAfter(before, SAMPLE_ROWS),
                eventsPerOrder)) {
            LoadDriver.run(null, options.warmup(), options.clients(), baseline::commitOrder);
            raw = LoadDriver.run("raw JDBC", options.orders(), options.clients(), baseline::commitOrder);
            rawEventBytes = baseline.averageEventBytes();
        }
        BenchmarkReport.EndToEnd figures = new BenchmarkReport.EndToEnd(placed, endToEnd, settled.rejected(), events,
                axonEventBytes, raw, eventsPerOrder, rawEventBytes);

        // 3. placeOrder over GraphQL at half the end-to-end rate, and the processors' lag meanwhile.
        Optional<BenchmarkReport.GraphQl> graphQl = Optional.empty();
        if (options.graphqlSeconds() > 0) {
            double rate = options.graphqlRate() > 0 ? options.graphqlRate() : figures.ordersPerSecond() / 2;
            log.info("placeOrder over GraphQL at {} orders/s for {} s", Math.round(rate), options.graphqlSeconds());
            GraphQlLoad graphQlLoad = graphQlLoad();
            // Warm-up of the HTTP, sign-in and GraphQL path (JIT, caches), not counted.
            int graphQlFirst = first + options.orders();
            GraphQlLoad.Result warmUp = graphQlLoad.run(orders, graphQlFirst, rate, GRAPHQL_WARMUP);
            projections.await(store.head(), SETTLE_WAIT);
            try (LagSampler lag = new LagSampler(store, processing).start()) {
                GraphQlLoad.Result result = graphQlLoad.run(orders, graphQlFirst + warmUp.sent(), rate,
                        Duration.ofSeconds(options.graphqlSeconds()));
                projections.await(store.head(), SETTLE_WAIT);
                graphQl = Optional.of(new BenchmarkReport.GraphQl(rate, result, lag.lags()));
            }
        }

        // 4. Rebuilds.
        Optional<BenchmarkReport.Rebuilds> rebuilds = Optional.empty();
        if (options.rebuild()) {
            long documents = jdbc.sql("select count(*) from order_view").query(Long.class).single();
            rebuilds = Optional.of(new BenchmarkReport.Rebuilds(new RebuildTimer(rebuilder).run("order-view"),
                    new RebuildTimer(rebuilder).run("order-search"), documents));
        }
        return new BenchmarkReport(options, postgres, figures, graphQl, rebuilds, PeakMemory.residentBytes());
    }

    private void place(OrderGenerator orders, int i) {
        SystemActor.run(ACTOR, () -> commands.sendAndWait(orders.order(i)));
    }

    /** A clerk account of this run's own (ORDER_CLERK, a random password), audited as created by the benchmark. */
    private GraphQlLoad graphQlLoad() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String username = "benchmark-" + HexFormat.of().formatHex(secret, 0, 4);
        String password = Base64.getUrlEncoder().encodeToString(secret);
        users.createUnlessPresent(username, password, EnumSet.of(Role.ORDER_CLERK), "benchmark");
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return new GraphQlLoad(URI.create("http://127.0.0.1:" + port + "/graphql"), basic);
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
