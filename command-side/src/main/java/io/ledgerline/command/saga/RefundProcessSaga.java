package io.ledgerline.command.saga;

import io.ledgerline.api.inventory.RestockReturnedGoodsCommand;
import io.ledgerline.api.order.RecordRefundCompletedCommand;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.ReleaseRefundAllocationCommand;
import io.ledgerline.api.order.ReturnedItem;
import io.ledgerline.api.refund.OpenRefundCommand;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundRejectedEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refund's journey (REF-1..REF-5, ORD-8, INV-8): once the order accepts a request (it owns the REF-2
 * ceiling), open the Refund that finance reviews; when it is rejected, the order stops counting it; when
 * the money is back, the order records it (an unshipped order refunded in full is cancelled, which
 * releases its stock) and returned goods go back on hand.
 */
@Saga
public class RefundProcessSaga {

    @Autowired
    private transient CommandGateway commands;

    private String orderId;
    private String returnWarehouse;
    private List<ReturnedItem> returnedItems = new ArrayList<>();

    @StartSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRequestedEvent event) {
        orderId = event.orderId();
        returnWarehouse = event.returnWarehouse();
        returnedItems = new ArrayList<>(event.returnedItems());
        SagaCommands.sendAndWait(commands, new OpenRefundCommand(event.refundId(), event.orderId(), event.orderNumber(), event.reason(),
                event.amount(), event.skus(), !event.returnedItems().isEmpty(), event.paymentMethod(), event.note()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRejectedEvent event) {
        SagaCommands.sendAndWait(commands, new ReleaseRefundAllocationCommand(orderId, event.refundId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundCompletedEvent event) {
        SagaCommands.sendAndWait(commands, new RecordRefundCompletedCommand(orderId, event.refundId(), event.amount()));
        for (ReturnedItem item : returnedItems) {
            SagaCommands.sendAndWait(commands, new RestockReturnedGoodsCommand(item.sku(), returnWarehouse, item.quantity(), event.refundId()));
        }
    }
}
