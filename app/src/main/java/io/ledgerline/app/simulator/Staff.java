package io.ledgerline.app.simulator;

import io.ledgerline.app.axon.AuditMetadata;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.messaging.MetaData;

/**
 * The people the simulator acts as, by role (docs/domain.md): clerks place, change, cancel and review
 * orders; finance records payments and decides refunds; the warehouse keeps stock and ships; customer
 * service handles exceptions, refunds requested by customers and receipts confirmed on their behalf. Their
 * names start with {@code sim-}, and every command they send is marked {@code simulated} with the run's id.
 */
final class Staff {

    enum Role { ORDER_CLERK, FINANCE, WAREHOUSE, CUSTOMER_SERVICE }

    private static final Map<Role, List<String>> ACTORS = Map.of(
            Role.ORDER_CLERK, List.of("sim-clerk-wang", "sim-clerk-li", "sim-clerk-zhang"),
            Role.FINANCE, List.of("sim-finance-chen", "sim-finance-liu"),
            Role.WAREHOUSE, List.of("sim-warehouse-zhao", "sim-warehouse-yang", "sim-warehouse-wu"),
            Role.CUSTOMER_SERVICE, List.of("sim-service-huang", "sim-service-zhou", "sim-service-xu"));

    private final String runId;

    Staff(String runId) {
        this.runId = runId;
    }

    /** Someone of {@code role} (picked with the caller's random, so a seeded story stays the same). */
    Member anyone(Role role, Random random) {
        List<String> actors = ACTORS.get(role);
        return new Member(actors.get(random.nextInt(actors.size())), role, runId);
    }

    record Member(String actor, Role role, String runId) {

        MetaData metadata() {
            return MetaData.with(AuditMetadata.ACTOR, actor).and(AuditMetadata.ROLE, role.name())
                    .and(AuditMetadata.SIMULATED, true).and(AuditMetadata.SIMULATION_RUN, runId);
        }
    }
}
