package io.ledgerline.app.projections;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * A dead-letter queue that first undoes the failed event's writes ({@link EventSavepoints}) when a handler's
 * failure is enqueued. Events queued behind an earlier letter of their aggregate ran no handler, so
 * {@link #enqueueIfPresent} goes straight to the queue.
 */
final class SavepointDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final EventSavepoints savepoints;

    SavepointDeadLetterQueue(SequencedDeadLetterQueue<EventMessage<?>> queue, EventSavepoints savepoints) {
        this.queue = queue;
        this.savepoints = savepoints;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        savepoints.rollBackCurrentEvent();
        queue.enqueue(sequenceIdentifier, letter);
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier, Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder) {
        return queue.enqueueIfPresent(sequenceIdentifier, letterBuilder);
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return queue.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
