package io.ledgerline.query.graphql;

import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The contract's inventory mutations (INV-1, INV-2, INV-5, INV-6, INV-7): one command each, answered read-your-writes. */
@Controller
class InventoryMutationController {

    private static final String READ_MODEL = "inventory-view";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final CurrentActor actor;

    InventoryMutationController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites,
                                CurrentActor actor) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.actor = actor;
    }

    @MutationMapping
    InventoryPayload receiveStock(@Argument String sku, @Argument String warehouse, @Argument int quantity,
                                  @Argument String productName) {
        return send(sku, new ReceiveStockCommand(sku, warehouse, quantity, productName));
    }

    @MutationMapping
    InventoryPayload adjustStock(@Argument String sku, @Argument String warehouse, @Argument int delta, @Argument String reason) {
        return send(sku, new AdjustStockCommand(sku, warehouse, delta, reason));
    }

    @MutationMapping
    InventoryPayload recordStocktake(@Argument String sku, @Argument String warehouse, @Argument int counted) {
        return send(sku, new RecordStocktakeCommand(sku, warehouse, counted, actor.userId()));
    }

    @MutationMapping
    InventoryPayload transferStock(@Argument String sku, @Argument String from, @Argument String to, @Argument int quantity) {
        return send(sku, new TransferStockCommand(sku, from, to, quantity));
    }

    @MutationMapping
    InventoryPayload setLowStockThreshold(@Argument String sku, @Argument int threshold) {
        return send(sku, new SetLowStockThresholdCommand(sku, threshold));
    }

    private InventoryPayload send(String sku, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            return new InventoryPayload(find(sku).orElse(null), CommandOutcome.errorsOf(failure, "sku"));
        }
        ReadYourWrites.Caught<InventoryItemView> caught = readYourWrites.awaitProcessed(READ_MODEL, sku, () -> find(sku));
        List<UserError> errors = new ArrayList<>();
        if (caught.timedOut()) {
            errors.add(new UserError(null, "READ_MODEL_TIMEOUT", "the change is stored, but the stock view did not show it within "
                    + readYourWrites.timeout().toMillis() + " ms; read the item again shortly"));
        }
        return new InventoryPayload(caught.view().orElse(null), errors);
    }

    private Optional<InventoryItemView> find(String sku) {
        return queries.query(new FindInventoryItemQuery(sku), ResponseTypes.optionalInstanceOf(InventoryItemView.class)).join();
    }
}
