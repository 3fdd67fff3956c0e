package io.ledgerline.query.graphql;

import io.ledgerline.api.order.*;
import io.ledgerline.query.graphql.OrderInputs.OrderLineInput;
import io.ledgerline.query.graphql.OrderInputs.PlaceOrderInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The contract's order mutations: a thin façade that sends one command each through Axon's command bus
 * and answers with the order as the read model shows it once the change has reached it (read-your-writes),
 * or with the {@link UserError}s that say why nothing changed.
 */
@Controller
class OrderMutationController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    OrderMutationController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /** ORD-1; with an idempotency key, a repeated request answers the order the first one placed. */
    @MutationMapping
    OrderPayload placeOrder(@Argument PlaceOrderInput input) {
        String orderId = input.idempotencyKey() == null || input.idempotencyKey().isBlank()
                ? UUID.randomUUID().toString() : PlaceOrderCommand.orderIdFor(input.customerId(), input.idempotencyKey());
        return send(orderId, new PlaceOrderCommand(orderId, input.customerId(), input.channel(), input.paymentMethod(),
                input.deliveryMethod(), input.shippingAddress() == null ? null : input.shippingAddress().toAddress(),
                OrderInputs.lines(input.lines()), input.idempotencyKey()), "input", true);
    }

    @MutationMapping
    OrderPayload modifyOrder(@Argument String orderId, @Argument List<OrderLineInput> lines) {
        return send(orderId, new ModifyOrderLinesCommand(orderId, OrderInputs.lines(lines)), "orderId", true);
    }

    @MutationMapping
    OrderPayload cancelOrder(@Argument String orderId, @Argument String reason) {
        return send(orderId, new CancelOrderCommand(orderId, reason), "orderId");
    }

    @MutationMapping
    OrderPayload recordPayment(@Argument String orderId, @Argument PaymentMethod method, @Argument BigDecimal amount,
                               @Argument String transactionRef) {
        return send(orderId, new RecordPaymentCommand(orderId, method, OrderInputs.money(amount), transactionRef), "orderId");
    }

    @MutationMapping
    OrderPayload recordPaymentFailure(@Argument String orderId, @Argument String reason) {
        return send(orderId, new RecordPaymentFailureCommand(orderId, reason), "orderId");
    }

    @MutationMapping
    OrderPayload approveOrder(@Argument String orderId) {
        return send(orderId, new ApproveOrderCommand(orderId), "orderId");
    }

    @MutationMapping
    OrderPayload rejectOrder(@Argument String orderId, @Argument String reason) {
        return send(orderId, new RejectOrderCommand(orderId, reason), "orderId");
    }

    @MutationMapping
    OrderPayload shipOrder(@Argument String orderId, @Argument String carrier, @Argument String trackingNumber) {
        return send(orderId, new ShipOrderCommand(orderId, carrier, trackingNumber), "orderId");
    }

    @MutationMapping
    OrderPayload recordTrackingEvent(@Argument String orderId, @Argument TrackingStatus status, @Argument String location,
                                     @Argument String note, @Argument String signer) {
        return send(orderId, new RecordTrackingEventCommand(orderId, status, location, note, signer), "orderId");
    }

    @MutationMapping
    OrderPayload confirmReceipt(@Argument String orderId) {
        return send(orderId, new ConfirmReceiptCommand(orderId), "orderId");
    }

    @MutationMapping
    OrderPayload reportLogisticsException(@Argument String orderId, @Argument ExceptionType type,
                                          @Argument Severity severity, @Argument String note) {
        return send(orderId, new ReportLogisticsExceptionCommand(orderId, UUID.randomUUID().toString(), type, severity, note),
                "orderId");
    }

    @MutationMapping
    OrderPayload resolveLogisticsException(@Argument String orderId, @Argument String exceptionId,
                                           @Argument ExceptionResolution resolution, @Argument String note) {
        return send(orderId, new ResolveLogisticsExceptionCommand(orderId, exceptionId, resolution, note), "orderId");
    }

    private OrderPayload send(String orderId, Object command, String idArgument) {
        return send(orderId, command, idArgument, false);
    }

    /**
     * Sends the command and answers the order as the read model then shows it; with {@code stockDecided}, as it
     * shows it once the fulfilment saga has reserved its lines or rejected it (ORD-3), so that a payment sent
     * right after the answer finds the stock reserved.
     */
    private OrderPayload send(String orderId, Object command, String idArgument, boolean stockDecided) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            List<UserError> errors = CommandOutcome.errorsOf(failure, idArgument);
            return new OrderPayload(find(orderId).orElse(null), errors);
        }
        ReadYourWrites.Caught<OrderView> caught = stockDecided
                ? readYourWrites.awaitStockDecision(orderId, () -> find(orderId), OrderView::version)
                : readYourWrites.await(orderId, () -> find(orderId), OrderView::version);
        List<UserError> errors = new ArrayList<>();
        if (caught.timedOut()) {
            errors.add(new UserError(null, "READ_MODEL_TIMEOUT", "the change is stored, but the order view did not show it within "
                    + readYourWrites.timeout().toMillis() + " ms; read the order again shortly"));
        }
        return new OrderPayload(caught.view().orElse(null), errors);
    }

    private Optional<OrderView> find(String orderId) {
        return queries.query(FindOrderQuery.byId(orderId), ResponseTypes.optionalInstanceOf(OrderView.class)).join();
    }
}
