package io.ledgerline.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code ledgerline.api.max-request-size} (default 256KB) with 413 before
 * anything reads them, ahead of authentication, so no one can make the server parse megabytes of JSON.
 * A body without a declared length is refused too: GraphQL clients always send one.
 */
@Component
@Order(-200)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${ledgerline.api.max-request-size:256KB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > maxBytes)) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"message\":\"The request body is larger than " + maxBytes
                    + " bytes or has no declared length.\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
