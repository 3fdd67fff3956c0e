package io.ledgerline.app.projections;

import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions of a rebuild processor. Each starts by putting the rebuild's schema first on the search
 * path, so the projection's unchanged SQL writes the copies of its tables ({@link ProjectionTables}), while
 * every other table (tokens, dead letters, other read models it may read) resolves as usual. Before each
 * commit it checks that the projection wrote no live table: one that writes a table it has not declared would
 * otherwise change the live read model during the rebuild, so the rebuild stops and says which table to declare.
 */
final class RebuildTransactionManager implements TransactionManager {

    /** Axon's own tables, which a rebuild processor writes in the live schema by design. */
    private static final List<String> AXON_TABLES = List.of("tokenentry", "deadletterentry");

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String searchPath;
    private final String liveSchema;
    private final Consumer<String> onUndeclaredWrite;

    RebuildTransactionManager(TransactionManager delegate, DataSource dataSource, String rebuildSchema, String liveSchema,
                              Consumer<String> onUndeclaredWrite) {
        this.delegate = delegate;
        this.jdbc = new JdbcTemplate(dataSource);
        this.searchPath = quote(rebuildSchema) + ", " + quote(liveSchema);
        this.liveSchema = liveSchema;
        this.onUndeclaredWrite = onUndeclaredWrite;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("set local search_path to " + searchPath);
        }
        return new Transaction() {
            @Override
            public void commit() {
                if (TransactionSynchronizationManager.isActualTransactionActive()) {
                    refuseUndeclaredWrites();
                }
                transaction.commit();
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }

    /** Tables of the live schema this transaction has written (it holds a write lock on them until it ends). */
    private void refuseUndeclaredWrites() {
        List<String> written = jdbc.queryForList("""
                        select distinct c.relname from pg_locks l join pg_class c on c.oid = l.relation
                        where l.pid = pg_backend_pid() and l.locktype = 'relation'
                          and l.mode in ('RowExclusiveLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
                          and c.relkind in ('r', 'p') and c.relnamespace = ?::regnamespace""", String.class, liveSchema)
                .stream().filter(table -> !AXON_TABLES.contains(table)).sorted().toList();
        if (!written.isEmpty()) {
            String message = "the projection wrote " + String.join(", ", written) + " in schema " + liveSchema
                    + ", which it has not declared as its own; declare each table it writes in a migration: comment on table "
                    + written.getFirst() + " is '" + ProjectionTables.DECLARATION + "<processing group>'";
            onUndeclaredWrite.accept(message);
            throw new IllegalStateException(message);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
