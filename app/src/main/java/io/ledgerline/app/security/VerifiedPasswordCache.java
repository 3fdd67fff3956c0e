package io.ledgerline.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt is slow on purpose (~70 ms a check here), and HTTP Basic checks the password on every
 * request. This encoder remembers, per stored hash, a keyed digest (HMAC-SHA-256 under a random key of
 * this process) of the password that last matched it, so a client repeating the right password costs a
 * microsecond instead. Only successes are remembered; a changed password changes the stored hash and
 * misses; nothing leaves memory. Elasticsearch's realm cache works the same way.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    private static final int CAPACITY = 1024;

    private final PasswordEncoder delegate;
    private final SecretKeySpec key;
    private final Map<String, byte[]> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedPasswordCache(PasswordEncoder delegate) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        byte[] digest = digest(rawPassword);
        byte[] known;
        synchronized (verified) {
            known = verified.get(encodedPassword);
        }
        if (known != null && MessageDigest.isEqual(known, digest)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(encodedPassword, digest);
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] digest(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
