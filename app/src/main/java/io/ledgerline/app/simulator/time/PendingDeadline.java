package io.ledgerline.app.simulator.time;

import java.time.Instant;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.ScopeDescriptor;

/** A deadline set by a simulated command, due at {@link #trigger()} in simulated time, for one aggregate. */
public record PendingDeadline(DeadlineMessage<?> message, ScopeDescriptor scope) {

    /** A deadline message's timestamp is the moment it is due. */
    public Instant trigger() {
        return message.getTimestamp();
    }
}
