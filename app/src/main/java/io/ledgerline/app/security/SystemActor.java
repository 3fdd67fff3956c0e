package io.ledgerline.app.security;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The identity of work the application does on its own behalf (startup seeding, the benchmark): it
 * is named {@code system:<component>} with the role {@code SYSTEM}, so the audit log never mistakes
 * it for a person. In-process work is not authorized by role (only the GraphQL and HTTP edge is);
 * the name is there so that every command and event still says who caused it (SEC-1).
 */
public final class SystemActor {

    public static final String ROLE = "SYSTEM";

    private SystemActor() {
    }

    public static Authentication named(String component) {
        return UsernamePasswordAuthenticationToken.authenticated("system:" + component, null,
                List.of(new SimpleGrantedAuthority(Callers.ROLE_PREFIX + ROLE)));
    }

    /** Runs {@code work} on this thread as {@code system:<component>}, restoring the previous identity after. */
    public static <T> T call(String component, Callable<T> work) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(named(component));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String component, Runnable work) {
        try {
            call(component, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
