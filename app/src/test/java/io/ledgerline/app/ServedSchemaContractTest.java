package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The admin frontend is built against {@code src/test/resources/contract/schema.graphqls} (a copy of the
 * agreed contract). The schema the running app serves may add to it, never remove, rename or retype.
 */
class ServedSchemaContractTest extends LedgerlineIntegrationTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    @DisplayName("the served GraphQL schema has no breaking change against the contract")
    void servedSchemaSatisfiesTheContract() throws IOException {
        CapturingReporter differences = diff(contract(), graphQlSource.schema());

        assertThat(differences.getBreakages()).as("breaking changes against the contract").isEmpty();
    }

    @Test
    @DisplayName("the contract check notices a removed field")
    void contractCheckDetectsABreakingChange() throws IOException {
        GraphQLSchema withoutOrderNumber = schemaOf(contractSdl().replace("  orderNumber: String!\n", ""));

        CapturingReporter differences = diff(contract(), withoutOrderNumber);

        assertThat(differences.getBreakageCount()).isPositive();
    }

    private static CapturingReporter diff(GraphQLSchema contract, GraphQLSchema served) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromIntrospection(contract, served), reporter);
        return reporter;
    }

    private static GraphQLSchema contract() throws IOException {
        return schemaOf(contractSdl());
    }

    private static String contractSdl() throws IOException {
        try (InputStream in = ServedSchemaContractTest.class.getResourceAsStream("/contract/schema.graphqls")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static GraphQLSchema schemaOf(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }
}
