package io.ledgerline.query.graphql;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What every mutation slice needs: the GraphQL tester, the scalars and wiring, and Axon's buses plus
 * read-your-writes as the boundary the controller talks to.
 */
@Import(GraphQlWiring.class)
abstract class MutationSliceTest {

    @Autowired
    GraphQlTester graphQlTester;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @MockitoBean
    ReadYourWrites readYourWrites;
}
