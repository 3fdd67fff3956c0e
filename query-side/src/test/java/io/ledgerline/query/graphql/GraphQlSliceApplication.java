package io.ledgerline.query.graphql;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the {@code @GraphQlTest} slices of this package start from: query-side has no application
 * class of its own (the app module does). Its component scan honours the slice's filter, so each test loads
 * only the controller it names; {@link GraphQlWiring} is a {@code @Configuration} the filter leaves out, which
 * the tests import.
 */
@SpringBootApplication
class GraphQlSliceApplication {
}
