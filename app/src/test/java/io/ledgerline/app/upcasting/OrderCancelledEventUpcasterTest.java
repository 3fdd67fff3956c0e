package io.ledgerline.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OrderCancelledEvent upcaster on the stored JSON of revision 1, as the event store hands it over. */
class OrderCancelledEventUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();
    private static final String TYPE = OrderCancelledEvent.class.getName();
    private static final Instant CANCELLED_AT = Instant.parse("2026-11-23T10:00:00.123456Z");

    @ParameterizedTest(name = "reason \"{0}\" is cause {1}")
    @CsvSource({"PAYMENT_TIMEOUT, PAYMENT_TIMEOUT", "FULLY_REFUNDED, FULLY_REFUNDED", "changed my mind, REQUESTED",
            "payment_timeout, REQUESTED"})
    @DisplayName("ORD-6, ORD-8: a revision 1 cancellation reads as revision 2 with its cause derived from the reason; the rest is unchanged")
    void revision1GetsItsCause(String reason, CancellationCause cause) {
        String stored = """
                {"orderId":"o-1","reason":"%s","cancelledAt":"2026-11-23T10:00:00.123456Z"}""".formatted(reason);

        IntermediateEventRepresentation upcast = upcast(stored, null);

        assertThat(upcast.getType().getName()).isEqualTo(TYPE);
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(read(upcast)).isEqualTo(new OrderCancelledEvent("o-1", cause, reason, CANCELLED_AT));
    }

    @Test
    @DisplayName("ORD-8: a revision 2 cancellation is read as stored, its cause untouched")
    void revision2IsLeftAlone() {
        String stored = """
                {"orderId":"o-1","cause":"REQUESTED","reason":"PAYMENT_TIMEOUT","cancelledAt":"2026-11-23T10:00:00.123456Z"}""";

        IntermediateEventRepresentation read = upcast(stored, "2");

        assertThat(read(read)).isEqualTo(new OrderCancelledEvent("o-1", CancellationCause.REQUESTED, "PAYMENT_TIMEOUT", CANCELLED_AT));
    }

    private static IntermediateEventRepresentation upcast(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Order", "o-1", 3, "e-1", CANCELLED_AT.toString(),
                TYPE, revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new OrderCancelledEventUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static OrderCancelledEvent read(IntermediateEventRepresentation event) {
        return SERIALIZER.deserialize((SerializedObject<Object>) event.getData());
    }
}
