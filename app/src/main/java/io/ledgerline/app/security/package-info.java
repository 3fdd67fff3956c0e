/**
 * Who may use Ledgerline, and for what (issue 5, SEC-1, SEC-2): staff accounts in PostgreSQL with
 * BCrypt hashes, HTTP Basic and form sign-in, a JWT resource server when an issuer is configured,
 * sign-in throttling, the role table every GraphQL operation is checked against, and the security
 * events that put denials and account administration into the audit log.
 */
package io.ledgerline.app.security;
