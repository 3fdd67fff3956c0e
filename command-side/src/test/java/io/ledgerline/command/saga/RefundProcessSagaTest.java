package io.ledgerline.command.saga;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.RestockReturnedGoodsCommand;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.RecordRefundCompletedCommand;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.ReleaseRefundAllocationCommand;
import io.ledgerline.api.order.ReturnedItem;
import io.ledgerline.api.refund.OpenRefundCommand;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundRejectedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundProcessSagaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final Money AMOUNT = Money.of("59.70");

    private SagaTestFixture<RefundProcessSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RefundProcessSaga.class);
    }

    @Test
    @DisplayName("REF-1: a request the order accepted opens a refund with the same data")
    void opensTheRefund() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(List.of()))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new OpenRefundCommand("refund-1", "order-1", "SO-20261123-000001",
                        RefundReason.QUALITY_ISSUE, AMOUNT, List.of("SKU-CUP"), false, PaymentMethod.ONLINE, "chipped"));
    }

    @Test
    @DisplayName("REF-2, REF-3: a rejected refund stops counting against what the order was paid")
    void releasesTheAllocationOnRejection() {
        fixture.givenAPublished(requested(List.of()))
                .whenPublishingA(new RefundRejectedEvent("refund-1", "order-1", AMOUNT, "not eligible", NOW))
                .expectDispatchedCommands(new ReleaseRefundAllocationCommand("order-1", "refund-1"))
                .expectActiveSagas(0);
    }

    @Test
    @DisplayName("REF-4, REF-5, INV-8: a completed refund is recorded on the order and returned goods go back on hand")
    void recordsCompletionAndRestocks() {
        fixture.givenAPublished(requested(List.of(new ReturnedItem("SKU-CUP", 3))))
                .whenPublishingA(new RefundCompletedEvent("refund-1", "order-1", AMOUNT, true, List.of("SKU-CUP"), NOW))
                .expectDispatchedCommands(new RecordRefundCompletedCommand("order-1", "refund-1", AMOUNT),
                        new RestockReturnedGoodsCommand("SKU-CUP", "RETURNS", 3, "refund-1"))
                .expectActiveSagas(0);
    }

    private static RefundRequestedEvent requested(List<ReturnedItem> returned) {
        return new RefundRequestedEvent("order-1", "refund-1", "SO-20261123-000001", RefundReason.QUALITY_ISSUE, AMOUNT,
                List.of("SKU-CUP"), returned, "RETURNS", "chipped", PaymentMethod.ONLINE, NOW);
    }
}
