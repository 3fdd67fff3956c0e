package io.ledgerline.api.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code long} parameter of an event handler: the event's own global index in the event store. It is the
 * same however and whenever the event is delivered, so a read model that keys or guards its rows by it comes
 * out the same live and rebuilt (AUD-3). A tracking token's position is not that: an event committed after a
 * later-numbered one (concurrent appends) fills a gap and is delivered with the highest index seen so far.
 * The application resolves it from the event store.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface EventPosition {
}
