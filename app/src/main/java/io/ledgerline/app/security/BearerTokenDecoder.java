package io.ledgerline.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** Builds the bearer-token decoder from {@link JwtSettings}: keys, issuer, expiry and audience checks. */
final class BearerTokenDecoder {

    private BearerTokenDecoder() {
    }

    static JwtDecoder from(JwtSettings settings) {
        JwtDecoder decoder;
        if (settings.publicKeyLocation() != null && !settings.publicKeyLocation().isBlank()) {
            decoder = withValidation(NimbusJwtDecoder.withPublicKey(publicKey(settings.publicKeyLocation())).build(), settings);
        } else if (settings.jwkSetUri() != null && !settings.jwkSetUri().isBlank()) {
            decoder = withValidation(NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build(), settings);
        } else {
            // Discovery is deferred to the first token, so the app starts while the issuer is unreachable.
            decoder = new SupplierJwtDecoder(() -> withValidation(
                    (NimbusJwtDecoder) org.springframework.security.oauth2.jwt.JwtDecoders.fromIssuerLocation(settings.issuerUri()),
                    settings));
        }
        return decoder;
    }

    private static NimbusJwtDecoder withValidation(NimbusJwtDecoder decoder, JwtSettings settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
        if (settings.audience() != null && !settings.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.contains(settings.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static RSAPublicKey publicKey(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JWT public key at " + location, e);
        }
    }
}
