package io.ledgerline.app.axon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.quartz.DeadlineJob.DeadlineJobDataBinder;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.quartz.JobDataMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the deadlines an older Ledgerline left in Quartz's tables (V2) to db-scheduler (D56): each pending Axon
 * deadline job is scheduled anew for its trigger's fire time (one already overdue fires at once) and its Quartz
 * rows are deleted, all in one transaction, so a crash half-way leaves everything in Quartz's tables for the next
 * start to move. Once they are empty it moves nothing.
 */
@Component
public class QuartzDeadlineMove {

    private static final Logger log = LoggerFactory.getLogger(QuartzDeadlineMove.class);
    private static final String DEADLINE_JOB = "org.axonframework.deadline.quartz.DeadlineJob";
    /** Quartz stores a job's data map as a serialized Java object; an Axon deadline's holds strings and bytes. */
    private static final ObjectInputFilter JOB_DATA = ObjectInputFilter.Config.createFilter(
            "org.quartz.JobDataMap;org.quartz.utils.StringKeyDirtyFlagMap;org.quartz.utils.DirtyFlagMap;"
                    + "java.util.HashMap;java.util.Map$Entry;java.lang.String;!*");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DbSchedulerDeadlineManager deadlines;
    private final Serializer serializer;

    /** {@code serializer} is the one the Quartz deadline manager wrote the jobs with. */
    QuartzDeadlineMove(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                       DbSchedulerDeadlineManager durableDeadlineManager, Serializer serializer) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.deadlines = durableDeadlineManager;
        this.serializer = serializer;
    }

    /** Moves every pending Quartz deadline; answers how many. */
    public int run() {
        int moved = transaction.execute(status -> {
            List<QuartzJob> jobs = pendingJobs();
            jobs.forEach(this::schedule);
            delete(jobs.stream().map(QuartzJob::name).toArray(String[]::new));
            return jobs.size();
        });
        if (moved > 0) {
            log.info("Moved {} pending deadlines from Quartz to db-scheduler", moved);
        }
        return moved;
    }

    /**
     * The Axon deadline jobs, locked so that a second node starting at the same time finds them gone. A job
     * without a next fire time was cut off while firing (Quartz would have recovered it): it fires at once, which
     * is safe because every deadline handler checks that its moment still matters.
     */
    private List<QuartzJob> pendingJobs() {
        return jdbc.sql("""
                        select j.job_name, j.job_data,
                               (select min(t.next_fire_time) from qrtz_triggers t
                                 where (t.sched_name, t.job_name, t.job_group) = (j.sched_name, j.job_name, j.job_group))
                                 as fire_time
                          from qrtz_job_details j
                         where j.job_class_name = :job
                           for update""")
                .param("job", DEADLINE_JOB)
                .query((row, index) -> {
                    long fireTime = row.getLong("fire_time");
                    return new QuartzJob(row.getString("job_name"), row.getBytes("job_data"),
                            row.wasNull() ? Instant.now() : Instant.ofEpochMilli(fireTime));
                })
                .list();
    }

    /** Scheduled inside this transaction: the manager's scheduler joins it (see DeadlineConfiguration). */
    private void schedule(QuartzJob job) {
        JobDataMap data = job.data();
        DeadlineMessage<?> message = DeadlineJobDataBinder.deadlineMessage(serializer, data);
        ScopeDescriptor scope = DeadlineJobDataBinder.deadlineScope(serializer, data);
        deadlines.schedule(job.fireTime(), message.getDeadlineName(), message, scope);
    }

    /** The moved jobs' rows, children first (Quartz's foreign keys); Axon's deadlines use simple triggers only. */
    private void delete(String[] jobNames) {
        for (String sql : List.of(
                "delete from qrtz_fired_triggers where job_name = any(:jobs)",
                """
                delete from qrtz_simple_triggers s using qrtz_triggers t
                 where (s.sched_name, s.trigger_name, s.trigger_group) = (t.sched_name, t.trigger_name, t.trigger_group)
                   and t.job_name = any(:jobs)""",
                "delete from qrtz_triggers where job_name = any(:jobs)",
                "delete from qrtz_job_details where job_class_name = :job and job_name = any(:jobs)")) {
            jdbc.sql(sql).param("jobs", jobNames).param("job", DEADLINE_JOB).update();
        }
    }

    private record QuartzJob(String name, byte[] serializedData, Instant fireTime) {

        JobDataMap data() {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serializedData))) {
                in.setObjectInputFilter(JOB_DATA);
                return new JobDataMap((Map<?, ?>) in.readObject());
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("unreadable data of Quartz deadline job " + name, e);
            }
        }
    }
}
