package io.ledgerline.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts firing deadlines once the app is ready, after the deadlines an older version left in Quartz have moved
 * over ({@link QuartzDeadlineMove}). The jar's one-shot commands (simulate, rebuild, benchmark) end before the app
 * is ready: they set deadlines but fire none. Axon stops the scheduler when it shuts down (DeadlineConfiguration).
 */
@Component
class DeadlinePolling {

    private final QuartzDeadlineMove quartzDeadlines;
    private final Scheduler scheduler;

    DeadlinePolling(QuartzDeadlineMove quartzDeadlines, Scheduler deadlineScheduler) {
        this.quartzDeadlines = quartzDeadlines;
        this.scheduler = deadlineScheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        quartzDeadlines.run();
        scheduler.start();
    }
}
