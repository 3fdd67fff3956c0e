package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The inventory mutations: one command each, answered with the item once the {@code inventory-view} processor
 * has handled the change (read-your-writes), or with the {@code UserError}s of a refusal.
 */
@GraphQlTest(controllers = InventoryMutationController.class)
class InventoryMutationControllerTest extends MutationSliceTest {

    private static final String UNKNOWN = "SKU-NONE";

    @MockitoBean
    CurrentActor actor;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void theReadModelHoldsEveryItemButTheUnknownOne() {
        given(queries.query(any(FindInventoryItemQuery.class), any(ResponseType.class))).willAnswer(invocation -> {
            String sku = invocation.<FindInventoryItemQuery>getArgument(0).sku();
            return done(UNKNOWN.equals(sku) ? Optional.empty() : Optional.of(item(sku)));
        });
        Views.upToDate(readYourWrites);
        given(actor.userId()).willReturn("clerk-7");
    }

    @Test
    void receiveStockSendsReceiveStock() {
        GraphQlTester.Response response = graphQlTester.documentName("receiveStock").variable("sku", "SKU-TEA")
                .variable("warehouse", "HZ-1").variable("quantity", 40).variable("productName", "Longjing tea").execute();

        assertThat(sent()).isEqualTo(new ReceiveStockCommand("SKU-TEA", "HZ-1", 40, "Longjing tea"));
        answersTheItemAsTheReadModelShowsIt(response, "receiveStock", "SKU-TEA");
    }

    @Test
    void adjustStockSendsTheDeltaAndReason() {
        GraphQlTester.Response response = graphQlTester.documentName("adjustStock").variable("sku", "SKU-TEA")
                .variable("warehouse", "HZ-1").variable("delta", -3).variable("reason", "water damage").execute();

        assertThat(sent()).isEqualTo(new AdjustStockCommand("SKU-TEA", "HZ-1", -3, "water damage"));
        answersTheItemAsTheReadModelShowsIt(response, "adjustStock", "SKU-TEA");
    }

    @Test
    void recordStocktakeNamesTheCurrentActorAsTheCounter() {
        GraphQlTester.Response response = graphQlTester.documentName("recordStocktake").variable("sku", "SKU-TEA")
                .variable("warehouse", "HZ-1").variable("counted", 8).execute();

        assertThat(sent()).isEqualTo(new RecordStocktakeCommand("SKU-TEA", "HZ-1", 8, "clerk-7"));
        answersTheItemAsTheReadModelShowsIt(response, "recordStocktake", "SKU-TEA");
    }

    @Test
    void transferStockSendsFromAndTo() {
        GraphQlTester.Response response = graphQlTester.documentName("transferStock").variable("sku", "SKU-TEA")
                .variable("from", "HZ-1").variable("to", "SH-2").variable("quantity", 4).execute();

        assertThat(sent()).isEqualTo(new TransferStockCommand("SKU-TEA", "HZ-1", "SH-2", 4));
        answersTheItemAsTheReadModelShowsIt(response, "transferStock", "SKU-TEA");
    }

    @Test
    void setLowStockThresholdSendsTheThreshold() {
        GraphQlTester.Response response = graphQlTester.documentName("setLowStockThreshold").variable("sku", "SKU-TEA")
                .variable("threshold", 15).execute();

        assertThat(sent()).isEqualTo(new SetLowStockThresholdCommand("SKU-TEA", 15));
        answersTheItemAsTheReadModelShowsIt(response, "setLowStockThreshold", "SKU-TEA");
    }

    @Test
    void aRefusalAnswersItsViolationAndTheItemUnchanged() {
        willThrow(CommandRefusedException.of("quantity", "INSUFFICIENT_STOCK", "only 3 available in HZ-1"))
                .given(commands).sendAndWait(any(TransferStockCommand.class));

        graphQlTester.documentName("transferStock").variable("sku", "SKU-TEA").variable("from", "HZ-1")
                .variable("to", "SH-2").variable("quantity", 40).execute()
                .path("transferStock.item.sku").entity(String.class).isEqualTo("SKU-TEA")
                .path("transferStock.item.available").entity(Integer.class).isEqualTo(7)
                .path("transferStock.errors[0].field").entityList(String.class).containsExactly("quantity")
                .path("transferStock.errors[0].code").entity(String.class).isEqualTo("INSUFFICIENT_STOCK")
                .path("transferStock.errors[0].message").entity(String.class).isEqualTo("only 3 available in HZ-1")
                .path("transferStock.errors").entityList(Object.class).hasSize(1);

        verifyNoInteractions(readYourWrites);
    }

    @Test
    void anUnknownSkuIsNotFoundOnTheSkuArgument() {
        willThrow(new AggregateNotFoundException(UNKNOWN, "not found")).given(commands)
                .sendAndWait(any(SetLowStockThresholdCommand.class));

        graphQlTester.documentName("setLowStockThreshold").variable("sku", UNKNOWN).variable("threshold", 5).execute()
                .path("setLowStockThreshold.item").valueIsNull()
                .path("setLowStockThreshold.errors[0].field").entityList(String.class).containsExactly("sku")
                .path("setLowStockThreshold.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("setLowStockThreshold.errors[0].message").entity(String.class).isEqualTo("no such sku");
    }

    @Test
    void aStockViewThatDoesNotCatchUpInTimeIsReported() {
        Views.timedOut(readYourWrites);

        graphQlTester.documentName("receiveStock").variable("sku", "SKU-TEA").variable("warehouse", "HZ-1")
                .variable("quantity", 1).execute()
                .path("receiveStock.item.sku").entity(String.class).isEqualTo("SKU-TEA")
                .path("receiveStock.errors[0].code").entity(String.class).isEqualTo("READ_MODEL_TIMEOUT");
    }

    private void answersTheItemAsTheReadModelShowsIt(GraphQlTester.Response response, String mutation, String sku) {
        response.path(mutation + ".item.sku").entity(String.class).isEqualTo(sku)
                .path(mutation + ".item.available").entity(Integer.class).isEqualTo(7)
                .path(mutation + ".errors").entityList(Object.class).hasSize(0);
        verify(readYourWrites).awaitProcessed(eq("inventory-view"), eq(sku), any());
        verify(readYourWrites, never()).await(any(), any(), any());
    }

    private Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return command.getValue();
    }
}
