package io.ledgerline.query.graphql;

import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.api.refund.RejectRefundCommand;
import io.ledgerline.api.refund.RetryRefundCommand;
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
 * The contract's refund mutations (REF-1..REF-5). A request goes to the order, which checks the ceiling
 * (REF-2); the refund saga then opens the refund, so the answer waits until the refund view shows it.
 */
@Controller
class RefundMutationController {

    private static final String READ_MODEL = "refund-view";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    RefundMutationController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @MutationMapping
    RefundPayload requestRefund(@Argument String orderId, @Argument RefundReason reason, @Argument BigDecimal amount,
                                @Argument List<String> skus, @Argument Boolean returnGoods, @Argument String note) {
        String refundId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new RequestRefundCommand(orderId, refundId, reason, OrderInputs.money(amount), skus,
                    Boolean.TRUE.equals(returnGoods), null, note));
        } catch (RuntimeException failure) {
            return new RefundPayload(null, CommandOutcome.errorsOf(failure, "orderId"));
        }
        return answer(readYourWrites.awaitPresent(refundId, () -> find(refundId)));
    }

    @MutationMapping
    RefundPayload approveRefund(@Argument String refundId) {
        return send(refundId, new ApproveRefundCommand(refundId));
    }

    @MutationMapping
    RefundPayload rejectRefund(@Argument String refundId, @Argument String reason) {
        return send(refundId, new RejectRefundCommand(refundId, reason));
    }

    @MutationMapping
    RefundPayload recordRefundResult(@Argument String refundId, @Argument boolean succeeded, @Argument String failureReason) {
        return send(refundId, new RecordRefundResultCommand(refundId, succeeded, failureReason));
    }

    @MutationMapping
    RefundPayload retryRefund(@Argument String refundId, @Argument PaymentMethod method) {
        return send(refundId, new RetryRefundCommand(refundId, method));
    }

    private RefundPayload send(String refundId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            return new RefundPayload(find(refundId).orElse(null), CommandOutcome.errorsOf(failure, "refundId"));
        }
        return answer(readYourWrites.awaitProcessed(READ_MODEL, refundId, () -> find(refundId)));
    }

    private RefundPayload answer(ReadYourWrites.Caught<RefundView> caught) {
        List<UserError> errors = new ArrayList<>();
        if (caught.timedOut()) {
            errors.add(new UserError(null, "READ_MODEL_TIMEOUT", "the change is stored, but the refund view did not show it within "
                    + readYourWrites.timeout().toMillis() + " ms; read the refund again shortly"));
        }
        return new RefundPayload(caught.view().orElse(null), errors);
    }

    private Optional<RefundView> find(String refundId) {
        return queries.query(new FindRefundQuery(refundId), ResponseTypes.optionalInstanceOf(RefundView.class)).join();
    }
}
