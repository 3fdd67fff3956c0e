package io.ledgerline.app.simulator;

import io.ledgerline.app.simulator.time.SimulatedTime;
import io.ledgerline.app.simulator.time.SimulationAwareDeadlineManager;
import io.ledgerline.command.order.OrderSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulation run, a simulated day at a time. A day's orders are generated first (their customers,
 * baskets and fates, one after the other from the seed); then every chain with steps due that day (each
 * order's, the warehouse team's) performs them in time order, the chains in parallel. Each step runs at
 * its own simulated instant, and what sagas do in reaction is stamped with the instant of its cause (see
 * {@link SimulatedTime}), so an order's events are in time order whatever the threads do. (Events of
 * different orders on one stock item may be stored out of time order within a day.)
 *
 * <p>Orders run in parallel because each waits for its sagas in real time (the fulfilment saga confirms
 * stock before payment is accepted); one after the other, a year would take hours.
 *
 * <p>At {@code until} the staff stop acting. Deadlines that fell due before the real now still fire (an
 * unpaid order still times out, a delivered one still completes), at their simulated time; those still
 * ahead are handed to the durable scheduler and fire for real. Steps the staff would take later are
 * dropped: their orders stay where they are (paid, shipped), as a live shop's latest orders do.
 */
final class Simulation {

    private static final Logger log = LoggerFactory.getLogger(Simulation.class);
    private static final String WAREHOUSE_CHAIN = "warehouse";
    private static final int PARALLEL_CHAINS = 24;
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final Duration QUIET_BEFORE_UNTIL = Duration.ofHours(1);
    private static final int LOGGED_FAILURES = 10;

    private final SimulationOptions options;
    private final SimulatedTime time;
    private final SimulationAwareDeadlineManager deadlines;
    private final Backlog backlog;
    private final BooleanSupplier stopRequested;
    private final String runId = "sim-" + UUID.randomUUID().toString().substring(0, 8);
    private final Agenda agenda = new Agenda();
    private final SimulationStats stats = new SimulationStats();
    private final World world;
    private final StockKeeping stock;
    private final Outcomes outcomes;
    private final Customers customers;
    private final Seasonality seasonality;
    private final Random dayRandom;
    private final AtomicInteger loggedFailures = new AtomicInteger();
    private long ordersGenerated;
    private volatile boolean stopped;
    private volatile int day;
    private volatile LocalDate date;

    Simulation(SimulationOptions options, CommandGateway commands, QueryGateway queries, SimulatedTime time,
               SimulationAwareDeadlineManager deadlines, Backlog backlog, OrderSettings settings,
               BooleanSupplier stopRequested) {
        this.options = options;
        this.time = time;
        this.deadlines = deadlines;
        this.backlog = backlog;
        this.stopRequested = stopRequested;
        Random random = new Random(options.seed());
        this.world = new World(agenda, time, new Staff(runId), new Actions(commands, stats), new Readings(queries),
                new Catalogue(), stats, settings);
        this.stock = new StockKeeping(world, new Random(random.nextLong()), options.ordersPerDay());
        this.outcomes = new Outcomes(new Random(random.nextLong()));
        this.customers = new Customers(Math.max(300, options.ordersPerDay() * 25), new Random(random.nextLong()));
        this.dayRandom = new Random(random.nextLong());
        this.seasonality = new Seasonality(options.ordersPerDay(), firstDay(), totalDays());
    }

    SimulationReport run() {
        long started = System.nanoTime();
        long head = backlog.head();
        log.info("Simulation {}: {} days from {} to {}, about {} orders a day, seed {}; its events are marked "
                        + "simulated=true, simulationRun={}", runId, totalDays(), options.from(), options.until(),
                options.ordersPerDay(), options.seed(), runId);
        ScheduledExecutorService progress = progressLine(head);
        ExecutorService lanes = Executors.newFixedThreadPool(PARALLEL_CHAINS,
                Thread.ofPlatform().name("simulation-lane-", 1).factory());
        long handedOver;
        try {
            // The shelves are stocked before the first order arrives.
            Chain warehouse = agenda.chain(WAREHOUSE_CHAIN);
            warehouse.at(options.from(), stock::stockTheShelves);
            performUntil(warehouse, options.from().plusMillis(1));
            for (LocalDate today = firstDay(); !stopped && today.atStartOfDay(ZoneOffset.UTC).toInstant()
                    .isBefore(options.until()); today = today.plusDays(1)) {
                day++;
                date = today;
                Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant end = midnight.plus(Duration.ofDays(1));
                generate(today, midnight);
                runChains(lanes, end.isBefore(options.until()) ? end : options.until());
                agenda.forgetFinished();
            }
            handedOver = finish(lanes, !stopped);
            backlog.awaitProcessors(CATCH_UP);
        } finally {
            lanes.shutdownNow();
            progress.shutdownNow();
        }
        if (stopped) {
            log.warn("Simulation {} was stopped on {}", runId, date);
        }
        SimulationReport report = new SimulationReport(runId, options.from(), options.until(),
                stats.count("orders placed", 0), backlog.eventsAfter(head), stats.commands(), stats.failures(),
                stats.activities(), stats.refusals(), handedOver, Duration.ofNanos(System.nanoTime() - started),
                !stopped);
        log.info("{}", report);
        return report;
    }

    /** A day's orders at their times, each on a chain of its own, and the warehouse team's routines. */
    private void generate(LocalDate today, Instant midnight) {
        Instant lastOrder = options.until().minus(QUIET_BEFORE_UNTIL);
        int orders = seasonality.ordersOn(today, dayRandom);
        for (int i = 0; i < orders; i++) {
            Instant at = midnight.plus(seasonality.timeOfDay(dayRandom));
            Customer customer = customers.pick(dayRandom);
            Outcomes.Fate fate = outcomes.next();
            Random orderRandom = new Random(options.seed() * 1_000_003L + ordersGenerated++);
            if (at.isBefore(lastOrder) && !at.isBefore(options.from())) {
                OrderStory.begin(world, orderRandom, customer, fate, at);
            }
        }
        Chain warehouse = agenda.chain(WAREHOUSE_CHAIN);
        warehouse.at(midnight.plus(Duration.ofHours(1)), stock::reorder);
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            warehouse.at(midnight.plus(Duration.ofHours(2)), stock::reshelveReturns);
        }
        if (today.getDayOfMonth() == 1) {
            warehouse.at(midnight.plus(Duration.ofHours(3)), stock::writeOffDamaged);
        }
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            warehouse.at(midnight.plus(Duration.ofHours(10)), stock::stocktake);
        }
    }

    /** Every chain with steps due before {@code end} performs them, the chains in parallel. */
    private void runChains(ExecutorService lanes, Instant end) {
        awaitAll(agenda.dueBefore(end).stream().map(chain -> lanes.submit(() -> performUntil(chain, end))).toList());
    }

    private void performUntil(Chain chain, Instant end) {
        Chain.Step step;
        while (!stopped() && (step = chain.next(end)) != null) {
            perform(chain, step);
        }
    }

    /**
     * After {@code until}: deadlines due before the real now fire at their simulated time, later ones go to
     * the durable scheduler (all of them when the run was stopped early); the staff's further steps are
     * dropped.
     */
    private long finish(ExecutorService lanes, boolean completed) {
        Instant realNow = Instant.now();
        AtomicLong handedOver = new AtomicLong();
        awaitAll(agenda.all().stream().map(chain -> lanes.submit(() -> {
            for (Chain.Step step : chain.drain()) {
                if (step.deadline() == null) {
                    continue;
                }
                if (completed && step.at().isBefore(realNow)) {
                    perform(chain, step);
                } else {
                    deadlines.handOver(step.deadline());
                    handedOver.incrementAndGet();
                }
            }
        })).toList());
        return handedOver.get();
    }

    private void perform(Chain chain, Chain.Step step) {
        Runnable work = step.deadline() == null ? step.work() : () -> {
            deadlines.deliver(step.deadline());
            stats.count("deadlines fired");
        };
        try {
            time.runAt(step.at(), chain::deadline, () -> chain.perform(work));
        } catch (Actions.SimulationStopped stop) {
            stopped = true;
        } catch (RuntimeException e) {
            stats.failed();
            if (loggedFailures.incrementAndGet() <= LOGGED_FAILURES) {
                log.warn("Simulation {}: a step at {} failed", runId, step.at(), e);
            }
        }
    }

    private boolean stopped() {
        if (!stopped && (stopRequested.getAsBoolean() || Thread.currentThread().isInterrupted())) {
            stopped = true;
        }
        return stopped;
    }

    private void awaitAll(List<? extends Future<?>> running) {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                stats.failed();
                log.warn("Simulation {}: a chain failed", runId, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                running.forEach(other -> other.cancel(true));
                return;
            }
        }
    }

    private LocalDate firstDay() {
        return options.from().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private long totalDays() {
        return ChronoUnit.DAYS.between(options.from(), options.until().minusMillis(1).truncatedTo(ChronoUnit.DAYS)) + 1;
    }

    /** A line every few seconds: which day, how many orders and events so far, and how fast. */
    private ScheduledExecutorService progressLine(long head) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().daemon().name("simulation-progress").unstarted(runnable));
        long[] previous = {0, System.nanoTime()};
        scheduler.scheduleAtFixedRate(() -> {
            try {
                long events = backlog.eventsAfter(head);
                long now = System.nanoTime();
                log.info(String.format(Locale.ROOT, "Simulation %s: day %d/%d (%s), %d orders, %d events, %.0f events/s",
                        runId, day, totalDays(), date, stats.count("orders placed", 0), events,
                        (events - previous[0]) * 1e9 / (now - previous[1])));
                previous[0] = events;
                previous[1] = now;
            } catch (RuntimeException e) {
                log.debug("progress line skipped", e);
            }
        }, PROGRESS_INTERVAL.toMillis(), PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }
}
