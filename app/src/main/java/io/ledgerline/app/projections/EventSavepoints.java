package io.ledgerline.app.projections;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a failed event of a batch atomic within the batch's transaction, so that it can be dead-lettered alone.
 *
 * <p>Batches run optimistically, without savepoints: a savepoint and its release are two round trips an event, for
 * every projection, and they were the largest single cost of projecting under load. When an event fails in such a
 * batch, its partial writes cannot be undone alone (a failed statement even aborts the PostgreSQL transaction), so
 * the dead-letter policy rolls the whole batch back ({@link #isolateNextTime}) and the processor handles it again
 * after its back-off, now with a savepoint before each event: the failed event's writes are undone, its dead
 * letter is stored, and the batch goes on with the next event. Once such a careful batch has committed, the
 * segment runs optimistically again. A dead letter retried by an admin always runs under a savepoint.
 *
 * <p>Registered on every event processor. Sagas have no dead-letter queue, and so never run carefully.
 */
@Component
class EventSavepoints implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SAVEPOINT = EventSavepoints.class.getName() + ".savepoint";
    /** The key under which Axon's pooled processors keep the segment of a batch's unit of work. */
    private static final String SEGMENT_KEY_SUFFIX = "]/SegmentId";

    private final DataSource dataSource;
    /** Segments (processor and segment id) whose next batch runs with a savepoint per event. */
    private final Set<String> careful = ConcurrentHashMap.newKeySet();

    EventSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return chain.proceed();
        }
        UnitOfWork<?> root = unitOfWork.root();
        String segment = segmentOf(root);
        boolean retryingDeadLetter = root.resources().containsKey(DeadLetter.class.getName());
        if (segment != null && !retryingDeadLetter && !careful.contains(segment)) {
            return chain.proceed();
        }
        if (segment != null) {
            root.afterCommit(committed -> careful.remove(segment));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        root.resources().put(SAVEPOINT, savepoint);
        try {
            Object result = chain.proceed();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Exception e) {
            connection.rollback(savepoint);
            throw e;
        } finally {
            root.resources().remove(SAVEPOINT);
        }
    }

    /**
     * Whether the event being handled can be dead-lettered alone: it ran under a savepoint, or outside any batch
     * transaction (nothing of a batch to undo).
     */
    boolean currentEventIsolated() {
        return !CurrentUnitOfWork.isStarted() || !TransactionSynchronizationManager.isActualTransactionActive()
                || CurrentUnitOfWork.get().root().getResource(SAVEPOINT) != null;
    }

    /** The current batch's segment handles its next batch with a savepoint per event. */
    void isolateNextTime() {
        if (CurrentUnitOfWork.isStarted()) {
            String segment = segmentOf(CurrentUnitOfWork.get().root());
            if (segment != null) {
                careful.add(segment);
            }
        }
    }

    /** Undoes what the handlers of the event being handled wrote, so its dead letter can be stored. */
    void rollBackCurrentEvent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Savepoint savepoint = CurrentUnitOfWork.get().root().getResource(SAVEPOINT);
        if (savepoint == null) {
            throw new IllegalStateException("the failed event ran without a savepoint; its batch must be rolled back");
        }
        try {
            DataSourceUtils.getConnection(dataSource).rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back the failed event's writes before dead-lettering it", e);
        }
    }

    private static String segmentOf(UnitOfWork<?> root) {
        for (Map.Entry<String, Object> resource : root.resources().entrySet()) {
            if (resource.getKey().endsWith(SEGMENT_KEY_SUFFIX)) {
                return resource.getKey() + "=" + resource.getValue();
            }
        }
        return null;
    }
}
