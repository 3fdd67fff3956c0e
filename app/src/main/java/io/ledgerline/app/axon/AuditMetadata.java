package io.ledgerline.app.axon;

import io.ledgerline.api.common.Actor;

/** The metadata keys every command and event carries for the audit trail (SEC-1, AUD-1). */
public final class AuditMetadata {

    public static final String ACTOR = Actor.USER_KEY;
    public static final String ROLE = Actor.ROLE_KEY;
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** {@code true} on every message the simulator caused, directly or through sagas and deadlines. */
    public static final String SIMULATED = "simulated";
    /** Which simulation run caused the message, so its simulated time applies to that run only. */
    public static final String SIMULATION_RUN = "simulationRun";
    /**
     * On a command sent while a simulated event was handled (by a saga): that event's simulated instant, which the
     * command's events are stamped with. Commands only; events carry their instant as their timestamp.
     */
    public static final String SIMULATED_AT = "simulatedAt";

    private AuditMetadata() {
    }
}
