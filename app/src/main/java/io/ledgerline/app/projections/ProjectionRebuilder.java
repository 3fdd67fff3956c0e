package io.ledgerline.app.projections;

import io.ledgerline.api.projection.ProjectionRebuild;
import io.ledgerline.api.projection.ProjectionRebuildAbandoned;
import io.ledgerline.api.projection.ProjectionRebuildStarted;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds projections from the event store while the application keeps serving (AUD-3). A rebuild runs a
 * processor of its own ({@code rebuild:<group>}) with the projection's own handlers: its transactions write the
 * copies of the projection's tables in a schema of the rebuild's own ({@link ProjectionTables}), its events carry
 * the rebuild as replay context (so no live update is published, and a projection that writes elsewhere writes
 * to the rebuild's own target), and its failed events go to a dead-letter queue of its own. The live projection
 * goes on meanwhile, fully readable. When the rebuild has caught up with the event store, it takes the live
 * projection's place ({@link Handover}). Progress is logged every few seconds and shown by {@code projections}.
 *
 * <p>A rebuild runs on the node that started it. If that node stops, the rebuild is lost; starting it again on
 * any node clears what was left and starts over.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** A rebuild processor extends its claims every 5 s: a claim younger than this is a rebuild still running. */
    private static final Duration LIVE_CLAIM = Duration.ofSeconds(30);
    private static final DateTimeFormatter REBUILD_ID = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ProjectionCatalog catalog;
    private final ProjectionTables tables;
    private final ProcessorTokens tokens;
    private final RebuildProcessors processors;
    private final Handover handover;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final Map<String, Thread> supervisors = new ConcurrentHashMap<>();
    private final Map<String, RebuildOutcome> outcomes = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    ProjectionRebuilder(ProjectionCatalog catalog, ProjectionTables tables, ProcessorTokens tokens,
                        RebuildProcessors processors, Handover handover, PlatformTransactionManager transactionManager,
                        ApplicationEventPublisher events, JdbcClient jdbc) {
        this.catalog = catalog;
        this.tables = tables;
        this.tokens = tokens;
        this.processors = processors;
        this.handover = handover;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The names of the projections, in name order. */
    public Set<String> projections() {
        return catalog.projections().keySet();
    }

    /**
     * Starts rebuilding {@code processingGroup} and returns at once; the rebuild goes on in the background.
     *
     * @throws RebuildRefusedException if there is no such projection, it cannot be rebuilt beside the live one,
     *         or a rebuild of it is under way already
     */
    public synchronized Rebuild start(String processingGroup) {
        AbstractEventProcessor live = catalog.projection(processingGroup).orElseThrow(() -> new RebuildRefusedException(
                "NOT_FOUND", "there is no projection '" + processingGroup + "'; the projections are " + projections()));
        if (running.containsKey(processingGroup)) {
            throw new RebuildRefusedException("REBUILD_IN_PROGRESS", "a rebuild of " + processingGroup + " is under way on this node");
        }
        claimedElsewhere(processingGroup).ifPresent(owner -> {
            throw new RebuildRefusedException("REBUILD_IN_PROGRESS",
                    "a rebuild of " + processingGroup + " is under way on another node (" + owner + ")");
        });
        List<EventHandlerInvoker> invokers = ProjectionCatalog.invokers(live);
        if (invokers.size() != 1) {
            throw new RebuildRefusedException("NOT_REBUILDABLE", "processor " + processingGroup + " serves "
                    + invokers.size() + " processing groups; a rebuild replays one");
        }
        if (!invokers.getFirst().supportsReset()) {
            throw new RebuildRefusedException("NOT_REBUILDABLE", processingGroup
                    + " is never replayed (its handlers disallow replay, as the audit chain's sealer does: AUD-2)");
        }
        List<String> declared = tables.declaredBy(processingGroup);
        List<String> obstacles = tables.obstacles(declared);
        if (!obstacles.isEmpty()) {
            throw new RebuildRefusedException("NOT_REBUILDABLE", processingGroup
                    + " cannot be rebuilt beside the live projection: " + String.join("; ", obstacles));
        }

        Rebuild rebuild = new Rebuild(new ProjectionRebuild(processingGroup, newRebuildId()), declared, clock.instant());
        String liveSchema = tables.liveSchema();
        transactions.executeWithoutResult(status -> {
            clearLeftovers(rebuild);
            tables.createCopies(rebuild.schema(), declared);
        });
        try {
            events.publishEvent(new ProjectionRebuildStarted(rebuild.context()));
            List<ExecutorService> executors = new ArrayList<>();
            PooledStreamingEventProcessor processor = processors.create(live, (SimpleEventHandlerInvoker) invokers.getFirst(),
                    rebuild, liveSchema, executors);
            running.put(processingGroup, rebuild);
            rebuild.run(processor, executors);
        } catch (RuntimeException e) {
            running.remove(processingGroup);
            abandon(rebuild);
            throw e;
        }
        long head = tokens.head();
        log.info("Rebuild of {} started ({}): replaying the event store (up to event {} so far) into {}, beside the live projection",
                processingGroup, rebuild.context().rebuildId(), head,
                declared.isEmpty() ? "its own targets" : "schema " + rebuild.schema() + " (" + String.join(", ", declared) + ")");
        Thread supervisor = Thread.ofPlatform().daemon().name("rebuild-" + processingGroup)
                .unstarted(() -> supervise(rebuild, (StreamingEventProcessor) live));
        supervisors.put(processingGroup, supervisor);
        supervisor.start();
        return rebuild;
    }

    /** The rebuild of {@code processingGroup} under way on this node. */
    public Optional<Rebuild> running(String processingGroup) {
        return Optional.ofNullable(running.get(processingGroup));
    }

    /** How the last rebuild of {@code processingGroup} started on this node ended. */
    public Optional<RebuildOutcome> lastOutcome(String processingGroup) {
        return Optional.ofNullable(outcomes.get(processingGroup));
    }

    /** Whether a rebuild of {@code processingGroup} is under way, on this node or another. */
    public boolean rebuilding(String processingGroup) {
        return running.containsKey(processingGroup) || claimedElsewhere(processingGroup).isPresent();
    }

    /**
     * How far the rebuild under way has come, from 0 to 1: the share of the event store its processor has
     * replayed (1 while it switches over); empty when no rebuild is under way.
     */
    public OptionalDouble progress(String processingGroup) {
        Rebuild rebuild = running.get(processingGroup);
        if (rebuild != null) {
            if (rebuild.switching()) {
                return OptionalDouble.of(1.0);
            }
            return OptionalDouble.of(share(localPosition(rebuild).orElse(0), tokens.head()));
        }
        if (claimedElsewhere(processingGroup).isPresent()) {
            return OptionalDouble.of(share(tokens.position(Rebuild.processorName(processingGroup)).orElse(0), tokens.head()));
        }
        return OptionalDouble.empty();
    }

    /** Stops the rebuild processors when the application stops; a rebuild started again later starts over. */
    @PreDestroy
    void stop() {
        stopping = true;
        supervisors.values().forEach(Thread::interrupt);
        running.values().forEach(Rebuild::stopProcessor);
    }

    private void supervise(Rebuild rebuild, StreamingEventProcessor live) {
        String group = rebuild.processingGroup();
        long head = 0;
        String failure = null;
        try {
            Instant nextReport = clock.instant().plus(PROGRESS_EVERY);
            long lastPosition = 0;
            Instant lastReport = rebuild.startedAt();
            while (true) {
                if (rebuild.failure() != null) {
                    throw new IllegalStateException(rebuild.failure());
                }
                head = tokens.head();
                OptionalLong position = localPosition(rebuild);
                if (position.isPresent() && position.getAsLong() >= head) {
                    break;
                }
                Instant now = clock.instant();
                if (!now.isBefore(nextReport)) {
                    long reached = position.orElse(0);
                    double seconds = Math.max(0.001, Duration.between(lastReport, now).toMillis() / 1000.0);
                    logProgress(rebuild, reached, head, (reached - lastPosition) / seconds);
                    lastPosition = reached;
                    lastReport = now;
                    nextReport = now.plus(PROGRESS_EVERY);
                }
                Thread.sleep(POLL);
            }
            logProgress(rebuild, head, head, -1);
            rebuild.startSwitching();
            handover.switchOver(rebuild, live);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "stopped: the application is shutting down";
        } catch (RuntimeException e) {
            failure = rebuild.failure() != null ? rebuild.failure() : String.valueOf(e.getMessage());
            log.error("Rebuild of {} failed; the live projection stays as it was", group, e);
        }
        if (failure != null && !stopping) {
            abandon(rebuild);
        }
        RebuildOutcome outcome = rebuild.finish(head, clock.instant(), failure);
        outcomes.put(group, outcome);
        running.remove(group);
        supervisors.remove(group);
        if (outcome.completed()) {
            log.info("Rebuild of {} complete: {}; the rebuilt projection is live", group, outcome.describe());
        }
    }

    private void logProgress(Rebuild rebuild, long position, long head, double eventsPerSecond) {
        long percent = Math.round(100 * share(position, head));
        if (eventsPerSecond < 0) {
            log.info("Rebuild of {}: 100% (event {} of {}), caught up; switching over", rebuild.processingGroup(), position, head);
        } else {
            log.info("Rebuild of {}: {}% (event {} of {}), {} events/s", rebuild.processingGroup(), percent, position, head,
                    Math.round(eventsPerSecond));
        }
    }

    /** The rebuild processor's position, once this node holds all its segments. */
    private static OptionalLong localPosition(Rebuild rebuild) {
        PooledStreamingEventProcessor processor = rebuild.processor();
        return processor == null ? OptionalLong.empty() : ProcessorPositions.heldHere(processor);
    }

    private static double share(long position, long head) {
        return head <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) position / head));
    }

    /** Drops what a rebuild of the same projection left behind: its schema, tokens and dead letters. */
    private void clearLeftovers(Rebuild rebuild) {
        tables.dropSchema(rebuild.schema());
        tokens.delete(rebuild.processorName());
        jdbc.sql("delete from deadletterentry where processinggroup = ?").param(rebuild.processorName()).update();
    }

    private void abandon(Rebuild rebuild) {
        rebuild.stopProcessor();
        try {
            transactions.executeWithoutResult(status -> clearLeftovers(rebuild));
        } catch (RuntimeException e) {
            log.warn("Could not clear what the abandoned rebuild of {} left; the next rebuild will", rebuild.processingGroup(), e);
        }
        try {
            events.publishEvent(new ProjectionRebuildAbandoned(rebuild.context()));
        } catch (RuntimeException e) {
            log.warn("Could not drop the targets of the abandoned rebuild of {}", rebuild.processingGroup(), e);
        }
    }

    /** The owner of a fresh claim on a rebuild processor's token, when a node other than this one runs it. */
    private Optional<String> claimedElsewhere(String processingGroup) {
        if (running.containsKey(processingGroup)) {
            return Optional.empty();
        }
        Instant fresh = clock.instant().minus(LIVE_CLAIM);
        return tokens.of(Rebuild.processorName(processingGroup)).stream()
                .filter(segment -> segment.owner() != null && segment.touchedAt() != null && segment.touchedAt().isAfter(fresh))
                .map(ProcessorTokens.Segment::owner).findFirst();
    }

    private String newRebuildId() {
        return REBUILD_ID.format(clock.instant()) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
