package io.ledgerline.app.projections;

import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.projection.ProjectionRebuild;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.replay.ReplayContext;

/**
 * A handler of the real order-search projection that, once a test sets it, holds a rebuild's processor at the
 * first order placed at or after a position until the test lets go: a slow replay, to look at the system
 * while a rebuild is half done. The live processor is never held.
 */
@ProcessingGroup("order-search")
public class RebuildBrake {

    private final AtomicReference<Hold> hold = new AtomicReference<>();

    /** Holds the next rebuild at the first order placed at {@code position} or later. */
    public Hold setAt(long position) {
        Hold next = new Hold(position);
        hold.set(next);
        return next;
    }

    @EventHandler
    void on(OrderPlacedEvent event, TrackingToken token, @ReplayContext ProjectionRebuild rebuild) throws InterruptedException {
        Hold current = hold.get();
        if (current == null || rebuild == null || token.position().orElse(0) < current.position) {
            return;
        }
        current.reached.countDown();
        current.released.await(60, TimeUnit.SECONDS);
        hold.compareAndSet(current, null);
    }

    public static final class Hold {

        private final long position;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(long position) {
            this.position = position;
        }

        public boolean reached() {
            return reached.getCount() == 0;
        }

        public void release() {
            released.countDown();
        }
    }
}
