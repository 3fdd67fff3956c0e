package io.ledgerline.app.projections;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes each event of a batch atomic within the batch's transaction: a savepoint before the event's handlers
 * run, rolled back if they fail. Without it, a handler whose SQL fails aborts the PostgreSQL transaction, so
 * neither the dead letter nor the rest of the batch could be written and the processor would retry the batch
 * forever; with it, the failed event's partial writes are undone, its dead letter is stored, and the batch
 * goes on with the next event. Registered on every event processor, so it also wraps retried dead letters.
 */
@Component
class EventSavepoints implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SAVEPOINT = EventSavepoints.class.getName() + ".savepoint";

    private final DataSource dataSource;

    EventSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return chain.proceed();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        UnitOfWork<?> root = unitOfWork.root();
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

    /** Undoes what the handlers of the event being handled wrote, so its dead letter can be stored. */
    void rollBackCurrentEvent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Savepoint savepoint = CurrentUnitOfWork.get().root().getResource(SAVEPOINT);
        if (savepoint == null) {
            return;
        }
        try {
            DataSourceUtils.getConnection(dataSource).rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back the failed event's writes before dead-lettering it", e);
        }
    }
}
