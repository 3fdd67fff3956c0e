package io.ledgerline.query.graphql;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.WarehouseStockView;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.mockito.invocation.InvocationOnMock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;

/** Read-model views and stubs shared by the GraphQL slice tests. */
final class Views {

    static final Instant PLACED_AT = Instant.parse("2026-11-23T09:30:00Z");
    static final Instant UPDATED_AT = Instant.parse("2026-11-23T10:15:30Z");
    static final Address ADDRESS = new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 West Lake Rd", "310000");
    /** 3 x 62.90 = 188.70: a total that a double would not print as "188.70". */
    static final OrderLine TEA = new OrderLine("SKU-TEA", "Longjing tea", "Food", Money.of("62.90"), 3);

    private Views() {
    }

    static OrderView order(String id) {
        return order(id, PLACED_AT);
    }

    static OrderView order(String id, Instant placedAt) {
        return new OrderView(id, "LL-2026-" + id, "customer-1", Channel.WEB, OrderStatus.PAID, List.of(TEA),
                Money.of("188.70"), Money.of("188.70"), Money.of("0"), PaymentMethod.ONLINE, DeliveryMethod.EXPRESS,
                ADDRESS, 2, placedAt, UPDATED_AT, 4);
    }

    static InventoryItemView item(String sku) {
        return new InventoryItemView(sku, "Longjing tea", 10, 12, 5, 7, true, List.of(
                new WarehouseStockView("HZ-1", 8, 5, 3), new WarehouseStockView("SH-2", 4, 0, 4)));
    }

    static RefundView refund(String id, String orderId) {
        return new RefundView(id, orderId, "LL-2026-" + orderId, RefundStatus.REQUESTED, RefundReason.QUALITY_ISSUE,
                Money.of("35.50"), 0, PLACED_AT, null, null, "leaves were crushed", null);
    }

    static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** Read-your-writes that finds the read model up to date at once: it answers whatever the view read answers. */
    static void upToDate(ReadYourWrites readYourWrites) {
        willAnswer(invocation -> caught(invocation, 1, false)).given(readYourWrites).await(anyString(), any(), any());
        willAnswer(invocation -> caught(invocation, 1, false)).given(readYourWrites).awaitStockDecision(anyString(), any(), any());
        willAnswer(invocation -> caught(invocation, 1, false)).given(readYourWrites).awaitPresent(anyString(), any());
        willAnswer(invocation -> caught(invocation, 2, false)).given(readYourWrites).awaitProcessed(anyString(), anyString(), any());
    }

    /**
     * Read-your-writes that gave up waiting: it answers the last view read, flagged as timed out. Stubbed without
     * calling the mock, so it may follow {@link #upToDate}.
     */
    static void timedOut(ReadYourWrites readYourWrites) {
        willAnswer(invocation -> caught(invocation, 1, true)).given(readYourWrites).await(anyString(), any(), any());
        willAnswer(invocation -> caught(invocation, 1, true)).given(readYourWrites).awaitStockDecision(anyString(), any(), any());
        willAnswer(invocation -> caught(invocation, 1, true)).given(readYourWrites).awaitPresent(anyString(), any());
        willAnswer(invocation -> caught(invocation, 2, true)).given(readYourWrites).awaitProcessed(anyString(), anyString(), any());
        given(readYourWrites.timeout()).willReturn(java.time.Duration.ofSeconds(5));
    }

    private static ReadYourWrites.Caught<Object> caught(InvocationOnMock invocation, int readArgument, boolean timedOut) {
        Supplier<Optional<Object>> read = invocation.getArgument(readArgument);
        return new ReadYourWrites.Caught<>(read.get(), timedOut);
    }
}
