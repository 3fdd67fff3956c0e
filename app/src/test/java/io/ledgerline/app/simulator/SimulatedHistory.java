package io.ledgerline.app.simulator;

import static org.awaitility.Awaitility.await;

import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One small simulation per test JVM (12 days of early 2021, about 15 orders a day), shared by the tests that
 * examine simulated history. A live order is placed while it runs.
 */
public final class SimulatedHistory {

    /** The end of the simulated span; the span's days are 2021-02-25 to 2021-03-08 (UTC). */
    public static final Instant UNTIL = Instant.parse("2021-03-09T00:00:00Z");
    public static final SimulationOptions OPTIONS = new SimulationOptions(12, 15, 7, UNTIL);

    private static Run run;

    /** The run's report, the event store's head before it, the live order placed meanwhile, and when it ended. */
    public record Run(SimulationReport report, long headBefore, PlaceOrderCommand liveOrder, Instant finishedAt) {
    }

    private SimulatedHistory() {
    }

    /** Runs the simulation the first time; the test thread must be signed in (it places the live order). */
    public static synchronized Run of(Simulator simulator, CommandGateway commands, JdbcClient jdbc) {
        if (run == null) {
            long head = jdbc.sql("select coalesce(max(globalindex), 0) from domainevententry").query(Long.class).single();
            CompletableFuture<SimulationReport> report = CompletableFuture.supplyAsync(() -> simulator.simulate(OPTIONS));
            await().atMost(Duration.ofMinutes(2)).until(() -> simulatedOrdersAfter(jdbc, head) > 0);
            PlaceOrderCommand liveOrder = new OrderJourneys(commands, jdbc).confirmedTeaSet();
            run = new Run(report.join(), head, liveOrder, Instant.now());
        }
        return run;
    }

    private static long simulatedOrdersAfter(JdbcClient jdbc, long head) {
        return jdbc.sql("""
                        select count(*) from domainevententry where globalindex > ?
                        and payloadtype like '%.OrderPlacedEvent' and convert_from(metadata, 'UTF8') like '%"simulated":true%'""")
                .param(head).query(Long.class).single();
    }
}
