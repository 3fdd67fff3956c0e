package io.ledgerline.app.axon;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deadlines db-scheduler holds for one aggregate, read from its table as an operator would. */
final class PendingDeadlines {

    /** Order's deadline name for ORD-6 (package-private in the command side). */
    static final String PAYMENT_TIMEOUT = "payment-timeout";

    private final JdbcClient jdbc;

    PendingDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When each deadline of that name for the aggregate is due. */
    List<Instant> dueTimes(String deadlineName, String aggregateId) {
        return jdbc.sql("""
                        select execution_time from scheduled_tasks
                         where task_data ->> 'deadlineName' = :name
                           and (task_data ->> 'scopeDescriptor')::jsonb ->> 'identifier' = :id""")
                .param("name", deadlineName).param("id", aggregateId)
                .query((row, index) -> row.getObject("execution_time", OffsetDateTime.class).toInstant())
                .list();
    }
}
