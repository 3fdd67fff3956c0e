package io.ledgerline.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OAuth2 resource server (bearer JWTs), on when {@code issuerUri} is set. The signing keys come from
 * {@code jwkSetUri}, or a PEM {@code publicKeyLocation}, or else the issuer's discovery document.
 * Roles come from the claim {@code rolesClaim} (a list or one string of docs/domain.md role names); the
 * user's name from {@code usernameClaim}. An {@code audience}, when set, must be in the token's {@code aud}.
 */
@ConfigurationProperties("ledgerline.security.jwt")
record JwtSettings(String issuerUri, String jwkSetUri, String publicKeyLocation, String audience,
                   String rolesClaim, String usernameClaim) {

    JwtSettings {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "sub" : usernameClaim;
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
