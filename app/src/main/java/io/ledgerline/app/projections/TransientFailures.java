package io.ledgerline.app.projections;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells the storage's passing trouble from a failure that would happen again the same way. A deadlock, a
 * serialization failure, a lock not granted, a connection lost or refused, PostgreSQL shutting down, an
 * Elasticsearch node busy or restarting: the same event succeeds once the whole batch runs again. A bug or
 * data the handler cannot take fails every time, and belongs in the dead-letter queue.
 */
final class TransientFailures {

    /**
     * PostgreSQL SQLSTATEs (appendix A of its manual): class 08 connection exception, class 40 transaction
     * rollback (40001 serialization failure, 40P01 deadlock), class 53 insufficient resources, 55P03 lock not
     * available, 57P01-57P03 shutdown and cannot connect now.
     */
    private static final List<String> SQL_STATES = List.of("08", "40", "53", "55P03", "57P01", "57P02", "57P03");
    /** Too many requests, bad gateway, unavailable, gateway timeout. */
    private static final Set<Integer> ELASTICSEARCH_STATUSES = Set.of(429, 502, 503, 504);

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
            if (cause instanceof ElasticsearchException elasticsearch && ELASTICSEARCH_STATUSES.contains(elasticsearch.status())) {
                return true;
            }
        }
        return false;
    }
}
