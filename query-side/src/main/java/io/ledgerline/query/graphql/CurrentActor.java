package io.ledgerline.query.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for the few commands that name a person in their payload (a stocktake's counter).
 * Until authentication exists it is the configured development actor, as in the commands' metadata.
 */
@Component
class CurrentActor {

    private final String developmentActor;

    CurrentActor(@Value("${ledgerline.development-actor:development-default-actor}") String developmentActor) {
        this.developmentActor = developmentActor;
    }

    String userId() {
        return developmentActor;
    }
}
