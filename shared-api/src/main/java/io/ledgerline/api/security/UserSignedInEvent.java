package io.ledgerline.api.security;

/**
 * A user opened a browser session through the sign-in form. (API calls authenticated per request, by
 * HTTP Basic or a bearer token, are not sign-ins and are not recorded one by one.)
 */
public record UserSignedInEvent(String username, String remoteAddress) {
}
