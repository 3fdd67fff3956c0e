package io.ledgerline.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A stand-in identity provider for the tests: an RSA key pair made for this test JVM, its public key
 * written as PEM for {@code ledgerline.security.jwt.public-key-location}, and signed tokens on demand.
 */
public final class TestJwtIssuer {

    public static final String ISSUER = "https://id.ledgerline.test";

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestJwtIssuer() {
    }

    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    /** A token from {@link #ISSUER} for {@code subject} with these roles, valid for five minutes. */
    public static String token(String subject, List<String> roles) {
        return sign(ISSUER, subject, roles, Instant.now().plus(Duration.ofMinutes(5)), (RSAPrivateKey) KEYS.getPrivate());
    }

    public static String token(String issuer, String subject, List<String> roles, Instant expiresAt) {
        return sign(issuer, subject, roles, expiresAt, (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A well-formed token signed by a key the application does not trust. */
    public static String forgedToken(String subject, List<String> roles) {
        return sign(ISSUER, subject, roles, Instant.now().plus(Duration.ofMinutes(5)), (RSAPrivateKey) generate().getPrivate());
    }

    private static String sign(String issuer, String subject, List<String> roles, Instant expiresAt, RSAPrivateKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("ledgerline-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
