package io.ledgerline.query.graphql;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for the few commands that name a person in their payload (a stocktake's counter): the
 * signed-in user of the request, the same name the commands' metadata carries (SEC-1).
 */
@Component
class CurrentActor {

    String userId() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new IllegalStateException("No signed-in user on this request");
        }
        return caller.getName();
    }
}
