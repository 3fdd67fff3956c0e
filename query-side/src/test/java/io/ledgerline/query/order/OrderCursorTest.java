package io.ledgerline.query.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderCursorTest {

    @Test
    @DisplayName("An order list cursor reads back as the order's sort key (placedAt, id), to the nanosecond")
    void cursorRoundTrips() {
        Instant placedAt = Instant.parse("2026-11-23T09:30:00.123456Z");
        OrderView order = order("0b7c-4f|odd id", placedAt);

        OrderCursor cursor = OrderCursor.parse(OrderPage.cursorOf(order));

        assertThat(cursor).isEqualTo(new OrderCursor(placedAt, "0b7c-4f|odd id"));
    }

    @Test
    @DisplayName("A cursor the list never gave out is refused as the caller's mistake")
    void foreignCursorsAreRefused() {
        assertThatThrownBy(() -> OrderCursor.parse("not base64 !")).isInstanceOf(InvalidPageRequestException.class);
        assertThatThrownBy(() -> OrderCursor.parse("aGVsbG8")).isInstanceOf(InvalidPageRequestException.class); // "hello"
        assertThatThrownBy(() -> OrderCursor.parse("eWVzdGVyZGF5fGlk")).isInstanceOf(InvalidPageRequestException.class); // "yesterday|id"
    }

    private static OrderView order(String id, Instant placedAt) {
        return new OrderView(id, "SO-20261123-000001", "customer-1", Channel.WEB, OrderStatus.PAID, List.of(),
                Money.of("1.00"), Money.of("1.00"), Money.of("0.00"), PaymentMethod.ONLINE, DeliveryMethod.STANDARD,
                new Address("r", "p", "pr", "c", "l", "pc"), 3, placedAt, placedAt, 3);
    }
}
