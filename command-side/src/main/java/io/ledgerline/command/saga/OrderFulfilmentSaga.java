package io.ledgerline.command.saga;

import io.ledgerline.api.inventory.DeductReservedStockCommand;
import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.StockReservationRefusedEvent;
import io.ledgerline.api.inventory.StockReservedEvent;
import io.ledgerline.api.order.ConfirmOrderStockCommand;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.RejectOrderForStockCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Order fulfilment (ORD-3, ORD-4, ORD-8, ORD-9): reserves every line of a placed order across inventory
 * items, then confirms the order, or rejects it OUT_OF_STOCK and releases what was reserved. Adjusts the
 * reservations when lines change, releases them when the order is cancelled or rejected, and turns them
 * into deductions when it ships. Every command it sends is idempotent, so a retried event is harmless.
 */
@Saga
public class OrderFulfilmentSaga {

    private static final Logger log = LoggerFactory.getLogger(OrderFulfilmentSaga.class);

    @Autowired
    private transient CommandGateway commands;

    private String orderId;
    private Map<String, Integer> wanted = new LinkedHashMap<>(); // sku -> quantity the order needs, in line order
    private Set<String> pending = new TreeSet<>();              // reservations asked for, no answer yet
    private Set<String> reserved = new TreeSet<>();
    private Set<String> refused = new TreeSet<>();
    private boolean decided;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        for (OrderLine line : event.lines()) {
            wanted.put(line.sku(), line.quantity());
        }
        // In sku order, so that concurrent orders for the same skus queue for their items in the same order.
        new TreeSet<>(wanted.keySet()).forEach(this::reserve);
        decideWhenAllAnswered();
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(StockReservedEvent event) {
        if (pending.remove(event.sku())) {
            reserved.add(event.sku());
            decideWhenAllAnswered();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(StockReservationRefusedEvent event) {
        if (pending.remove(event.sku())) {
            refused.add(event.sku());
            decideWhenAllAnswered();
        }
    }

    /** ORD-4: reserve the changed lines anew; the order waits for confirmation again before it can be paid. */
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderLinesModifiedEvent event) {
        Map<String, Integer> now = new HashMap<>();
        event.lines().forEach(line -> now.put(line.sku(), line.quantity()));
        Set<String> skus = new TreeSet<>(wanted.keySet());
        skus.addAll(now.keySet());
        for (String sku : skus) {
            if (now.get(sku) != null && now.get(sku).equals(wanted.get(sku))) {
                continue;
            }
            if (reserved.remove(sku)) {
                SagaCommands.sendAndWait(commands, new ReleaseReservationCommand(sku, orderId, "ORDER_MODIFIED"));
            }
            wanted.remove(sku);
            if (now.containsKey(sku)) {
                wanted.put(sku, now.get(sku));
                reserve(sku);
            }
        }
        decided = false;
        decideWhenAllAnswered();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent event) {
        releaseAll("ORDER_CANCELLED");
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent event) {
        releaseAll("ORDER_REJECTED");
    }

    /** ORD-9, INV-4. */
    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderShippedEvent event) {
        reserved.forEach(sku -> SagaCommands.sendAndWait(commands, new DeductReservedStockCommand(sku, orderId)));
    }

    private void reserve(String sku) {
        try {
            SagaCommands.sendAndWait(commands, new ReserveStockCommand(sku, orderId, wanted.get(sku)));
            pending.add(sku); // the answer comes as an event
        } catch (AggregateNotFoundException noSuchItem) {
            // An unknown sku (no inventory item) cannot be reserved: the same as out of stock. Any other
            // failure (e.g. a concurrent append on another node) propagates, and the event is retried.
            log.info("Order {}: sku {} has no inventory item, so it cannot be reserved", orderId, sku);
            refused.add(sku);
        }
    }

    private void decideWhenAllAnswered() {
        if (decided || !pending.isEmpty()) {
            return;
        }
        decided = true;
        if (refused.isEmpty()) {
            SagaCommands.sendAndWait(commands, new ConfirmOrderStockCommand(orderId));
            return;
        }
        List<String> missing = new ArrayList<>(refused);
        SagaCommands.sendAndWait(commands, new RejectOrderForStockCommand(orderId, missing));
    }

    private void releaseAll(String reason) {
        reserved.forEach(sku -> SagaCommands.sendAndWait(commands, new ReleaseReservationCommand(sku, orderId, reason)));
        // Reservations still in flight are released too: the inventory item ignores a release it does not hold.
        pending.forEach(sku -> SagaCommands.sendAndWait(commands, new ReleaseReservationCommand(sku, orderId, reason)));
        SagaLifecycle.end();
    }
}
