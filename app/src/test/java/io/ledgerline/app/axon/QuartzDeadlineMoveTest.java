package io.ledgerline.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A data directory of the Quartz version keeps its pending deadlines (D56). */
class QuartzDeadlineMoveTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Configuration axon;
    @Autowired
    Serializer serializer;
    @Autowired
    QuartzDeadlineMove move;

    @Test
    @DisplayName("ORD-6: payment deadlines left in Quartz move to db-scheduler: an overdue one cancels its unpaid order "
            + "at once, a later one keeps its time, Quartz's rows are gone, and a second run moves nothing")
    void pendingQuartzDeadlinesMove() throws Exception {
        OrderJourneys journeys = new OrderJourneys(commands, jdbc);
        String overdueOrder = journeys.confirmedTeaSet().orderId();
        String laterOrder = journeys.confirmedTeaSet().orderId();
        Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
        List<String> jobs;
        try (OldQuartzDeadlines quartz = new OldQuartzDeadlines(dataSource, axon, serializer)) {
            jobs = List.of(quartz.paymentTimeout(overdueOrder, Instant.now().minus(Duration.ofMinutes(10))),
                    quartz.paymentTimeout(laterOrder, later));
        }
        assertThat(quartzRows(jobs)).as("written by Quartz").isEqualTo(6);

        assertThat(move.run()).isEqualTo(2);

        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.types(overdueOrder).contains("OrderCancelledEvent"));
        assertThat(events.payloads(overdueOrder, "OrderCancelledEvent").getFirst().get("reason").asText())
                .isEqualTo("PAYMENT_TIMEOUT");
        assertThat(new PendingDeadlines(jdbc).dueTimes(PendingDeadlines.PAYMENT_TIMEOUT, laterOrder))
                .as("its own 30-minute timeout, and the moved one").hasSize(2).contains(later);
        assertThat(events.types(laterOrder)).doesNotContain("OrderCancelledEvent");
        assertThat(quartzRows(jobs)).isZero();

        assertThat(move.run()).as("a second run").isZero();
    }

    /** The jobs' rows in Quartz's job, trigger and simple-trigger tables. */
    private long quartzRows(List<String> jobs) {
        return jdbc.sql("""
                        select (select count(*) from qrtz_job_details where job_name in (:jobs))
                             + (select count(*) from qrtz_triggers where job_name in (:jobs))
                             + (select count(*) from qrtz_simple_triggers s join qrtz_triggers t
                                 using (sched_name, trigger_name, trigger_group) where t.job_name in (:jobs))""")
                .param("jobs", jobs).query(Long.class).single();
    }
}
