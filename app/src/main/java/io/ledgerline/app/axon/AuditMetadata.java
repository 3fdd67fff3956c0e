package io.ledgerline.app.axon;

import io.ledgerline.api.common.Actor;

/** The metadata keys every command and event carries for the audit trail (SEC-1, AUD-1). */
public final class AuditMetadata {

    public static final String ACTOR = Actor.USER_KEY;
    public static final String ROLE = Actor.ROLE_KEY;
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private AuditMetadata() {
    }
}
