package io.ledgerline.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link OrderCancelledEvent} revision 1 (stored without a revision) to revision 2: adds {@code cause}, derived
 * from the only thing revision 1 had, the reason text. The automatic cancellations wrote their cause as the
 * reason ({@code PAYMENT_TIMEOUT}, {@code FULLY_REFUNDED}); any other reason was a person's. The stored row is
 * never changed (AUD-1): the event is upcast each time it is read, by aggregates, processors and as-of reads
 * alike, as Axon passes every stored event through the event storage engine's upcaster chain.
 */
@Component
class OrderCancelledEventUpcaster extends SingleEventUpcaster {

    private static final String TYPE = OrderCancelledEvent.class.getName();
    private static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && event.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode revision2 = ((ObjectNode) payload).deepCopy();
            revision2.put("cause", causeOf(payload.path("reason").asText(null)).name());
            return revision2;
        });
    }

    static CancellationCause causeOf(String reason) {
        if (CancellationCause.PAYMENT_TIMEOUT.name().equals(reason)) {
            return CancellationCause.PAYMENT_TIMEOUT;
        }
        if (CancellationCause.FULLY_REFUNDED.name().equals(reason)) {
            return CancellationCause.FULLY_REFUNDED;
        }
        return CancellationCause.REQUESTED;
    }
}
