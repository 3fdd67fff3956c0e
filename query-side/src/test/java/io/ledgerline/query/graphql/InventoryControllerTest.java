package io.ledgerline.query.graphql;

import static io.ledgerline.query.graphql.Views.done;
import static io.ledgerline.query.graphql.Views.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.FindInventoryItemQuery;
import io.ledgerline.api.inventory.ListInventoryItemsQuery;
import io.ledgerline.api.inventory.ListStocktakeDiscrepanciesQuery;
import io.ledgerline.api.inventory.StocktakeDiscrepancyView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The inventory queries: {@code inventoryItem}, {@code inventoryItems} and {@code stocktakeDiscrepancies}. */
@GraphQlTest(controllers = InventoryController.class)
@Import(GraphQlWiring.class)
class InventoryControllerTest {

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    QueryGateway queries;

    @Test
    @SuppressWarnings("unchecked")
    void inventoryItemAnswersTheItemWithItsWarehouses() {
        given(queries.query(any(FindInventoryItemQuery.class), any(ResponseType.class)))
                .willReturn(done(Optional.of(item("SKU-TEA"))));

        graphQlTester.documentName("inventoryItem").variable("sku", "SKU-TEA").execute()
                .path("inventoryItem.sku").entity(String.class).isEqualTo("SKU-TEA")
                .path("inventoryItem.productName").entity(String.class).isEqualTo("Longjing tea")
                .path("inventoryItem.threshold").entity(Integer.class).isEqualTo(10)
                .path("inventoryItem.onHand").entity(Integer.class).isEqualTo(12)
                .path("inventoryItem.reserved").entity(Integer.class).isEqualTo(5)
                .path("inventoryItem.available").entity(Integer.class).isEqualTo(7)
                .path("inventoryItem.lowStock").entity(Boolean.class).isEqualTo(true)
                .path("inventoryItem.warehouses[*].warehouse").entityList(String.class).containsExactly("HZ-1", "SH-2")
                .path("inventoryItem.warehouses[0].available").entity(Integer.class).isEqualTo(3);

        verify(queries).query(eq(new FindInventoryItemQuery("SKU-TEA")), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void inventoryItemTheReadModelDoesNotHoldIsNull() {
        given(queries.query(any(FindInventoryItemQuery.class), any(ResponseType.class))).willReturn(done(Optional.empty()));

        graphQlTester.documentName("inventoryItem").variable("sku", "SKU-NONE").execute().path("inventoryItem").valueIsNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inventoryItemsTranslatesItsArguments() {
        given(queries.query(any(ListInventoryItemsQuery.class), any(ResponseType.class)))
                .willReturn(done(List.of(item("SKU-TEA"), item("SKU-TEB"))));

        graphQlTester.documentName("inventoryItems").variable("lowStockOnly", true).variable("first", 2)
                .variable("after", "SKU-TE").execute()
                .path("inventoryItems[*].sku").entityList(String.class).containsExactly("SKU-TEA", "SKU-TEB");

        verify(queries).query(eq(new ListInventoryItemsQuery(true, 2, "SKU-TE")), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void inventoryItemsWithoutArgumentsAsksForTheFirstFiftyOfAllItems() {
        given(queries.query(any(ListInventoryItemsQuery.class), any(ResponseType.class))).willReturn(done(List.of()));

        graphQlTester.documentName("inventoryItems").execute().path("inventoryItems").entityList(Object.class).hasSize(0);

        verify(queries).query(eq(new ListInventoryItemsQuery(false, 50, null)), any(ResponseType.class));
    }

    @Test
    void aNegativePageSizeIsTheCallersMistake() {
        graphQlTester.documentName("inventoryItems").variable("first", -1).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                    assertThat(error.getMessage()).contains("first must not be negative");
                }));

        verifyNoInteractions(queries);
    }

    @Test
    @SuppressWarnings("unchecked")
    void stocktakeDiscrepanciesOfAPeriodAskForThatPeriod() {
        Instant countedAt = Instant.parse("2026-11-20T16:45:00Z");
        given(queries.query(any(ListStocktakeDiscrepanciesQuery.class), any(ResponseType.class))).willReturn(done(List.of(
                new StocktakeDiscrepancyView("SKU-TEA", "HZ-1", 10, 8, -2, DiscrepancyType.SHORTAGE, "clerk-7", countedAt))));

        graphQlTester.documentName("stocktakeDiscrepancies")
                .variable("period", Map.of("from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z")).execute()
                .path("stocktakeDiscrepancies[0].sku").entity(String.class).isEqualTo("SKU-TEA")
                .path("stocktakeDiscrepancies[0].warehouse").entity(String.class).isEqualTo("HZ-1")
                .path("stocktakeDiscrepancies[0].expected").entity(Integer.class).isEqualTo(10)
                .path("stocktakeDiscrepancies[0].counted").entity(Integer.class).isEqualTo(8)
                .path("stocktakeDiscrepancies[0].difference").entity(Integer.class).isEqualTo(-2)
                .path("stocktakeDiscrepancies[0].countedBy").entity(String.class).isEqualTo("clerk-7")
                .path("stocktakeDiscrepancies[0].at").entity(Object.class).isEqualTo("2026-11-20T16:45:00Z");

        verify(queries).query(eq(new ListStocktakeDiscrepanciesQuery(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"))), any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stocktakeDiscrepanciesWithoutAPeriodAskForAll() {
        given(queries.query(any(ListStocktakeDiscrepanciesQuery.class), any(ResponseType.class))).willReturn(done(List.of()));

        graphQlTester.documentName("stocktakeDiscrepancies").execute()
                .path("stocktakeDiscrepancies").entityList(Object.class).hasSize(0);

        verify(queries).query(eq(ListStocktakeDiscrepanciesQuery.all()), any(ResponseType.class));
    }
}
