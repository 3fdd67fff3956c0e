/**
 * Security facts recorded in the event store beside the business events, so that the audit log also
 * says who was refused what (SEC-2), who administered which account, and who failed to sign in.
 * They belong to no business aggregate: each is stored under the aggregate type {@code Security}.
 */
package io.ledgerline.api.security;
