package io.ledgerline.app.security;

import io.ledgerline.api.security.AccessDeniedEvent;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** SEC-2 for plain HTTP (exports, pages): a signed-in caller refused a path gets 403 and an audit record. */
final class AuditedAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityAuditLog auditLog;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    AuditedAccessDeniedHandler(SecurityAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (Callers.isSignedIn(caller)) {
            String operation = request.getMethod() + " " + request.getRequestURI();
            String roles = Callers.roles(caller).isEmpty() ? "no staff role" : "roles " + Callers.roles(caller);
            auditLog.record(new AccessDeniedEvent(List.of(operation), roles + " may not use " + operation
                    + " (" + denied.getMessage() + ")", "HTTP"), caller);
        }
        forbidden.handle(request, response, denied);
    }
}
