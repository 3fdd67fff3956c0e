package io.ledgerline.app.projections;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a projection's dead-letter queue holds, and retrying it. */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    DeadLetters(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** How many events of the projection are parked (each failed event and the events of its aggregate behind it). */
    public int count(String processingGroup) {
        return jdbc.sql("select count(*) from deadletterentry where processinggroup = ?").param(processingGroup)
                .query(Integer.class).single();
    }

    /** Why the oldest parked event failed: the exception's type and message. */
    public Optional<String> oldestCause(String processingGroup) {
        return jdbc.sql("""
                        select coalesce(causetype, '?') || ': ' || coalesce(causemessage, '') from deadletterentry
                        where processinggroup = ? order by enqueuedat, sequenceindex limit 1""")
                .param(processingGroup).query(String.class).optional();
    }

    /**
     * Hands every parked sequence (an aggregate's parked events, in order) to the projection's handlers again,
     * each once. A sequence that fails again stays parked, with the new cause, and the others are still tried.
     *
     * @return the number of parked events that were handled this time
     */
    public int retry(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new IllegalArgumentException(processingGroup + " has no dead-letter queue"));
        int before = count(processingGroup);
        long sequences = jdbc.sql("select count(distinct sequenceidentifier) from deadletterentry where processinggroup = ?")
                .param(processingGroup).query(Long.class).single();
        // Each call takes the sequence touched longest ago; a failed one is touched again, so each is tried once.
        for (long i = 0; i < sequences; i++) {
            letters.process(letter -> true);
        }
        return Math.max(0, before - count(processingGroup));
    }
}
