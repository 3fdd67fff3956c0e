package io.ledgerline.app.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.TestDataDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar ({@code target/ledgerline-app.jar}, built in the package phase) run as an operator runs it, in JVMs
 * of its own, on one fresh data directory: the demo start of the embedded default, then the {@code simulate} and
 * {@code rebuild} commands on the same data, then usage errors. Nothing here shares the test JVM's class path or Spring context, so this catches what only the jar can
 * get wrong: its nested-jar class path, the PostgreSQL binaries unpacked from inside it, the Elasticsearch distribution
 * found next to it, its static files and webjars, its command-line arguments, its exit codes and its shutdown.
 *
 * <p>Failsafe runs it in the integration-test phase of {@code ./mvnw verify}. Each jar start costs half a minute to a
 * minute on a small machine, so it starts the jar three times (usage errors end before anything starts), and stops
 * the demo's year of history once its first weeks are in: the days are simulated oldest first, the same loop to the
 * end (D53).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    /** The default span of the demo; two orders a day, as the span and not the volume sets the pace. */
    private static final int DEMO_DAYS = 365;
    /** Simulated days to wait for before stopping the demo: a month, so the year's first month bucket is complete. */
    private static final int DEMO_DAYS_SEEN = 35;
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration DEMO = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(2);
    private static final Path DATA_DIR = TestDataDirs.create("packaged-jar");

    private static final Pattern DEMO_STARTED = Pattern.compile(
            "First start of the embedded default: simulating " + DEMO_DAYS + " days of demo history");
    private static final Pattern PROGRESS = Pattern.compile("Simulation (sim-\\w+): day (\\d+)/\\d+ ");
    private static final Pattern DEMO_STOPPED = Pattern.compile("Simulation (sim-\\w+) was stopped on ");
    private static final Pattern SERVER_PID = Pattern.compile(
            "Embedded (?:PostgreSQL|Elasticsearch) [\\d.]+ is up .*\\(pid (\\d+)\\)");
    private static final Pattern SIMULATION_STARTED = Pattern.compile("Simulation (sim-\\w+): \\d+ days from ");
    /** The report {@code simulate} prints (on stdout, so without a log line's prefix). */
    private static final Pattern REPORT = Pattern.compile("^Simulation (sim-\\w+) completed: (\\S+) to (\\S+), (\\d+) orders, "
            + "(\\d+) events, (\\d+) commands \\((\\d+) failed\\)");

    /** The month buckets of a report over a year: {@code period} is the month's first instant. */
    record MonthOfSales(String period, int orders) {
    }

    @AfterAll
    static void keepTheOutputsAndTheDataForPostMortems() {
        System.out.println("Packaged-jar outputs in target/packaged-jar/, data in " + DATA_DIR);
    }

    @Test
    @Order(1)
    @DisplayName("The demo start: the jar on an empty data directory serves at once and simulates a year of history in "
            + "the background, oldest days first, which the reports and the dashboard show as it goes; SIGTERM stops "
            + "the simulation where it is and the app with it")
    void demoStart() throws Exception {
        long started = System.nanoTime();
        try (JarProcess app = JarProcess.start("demo-start", "--ledgerline.data-dir=" + DATA_DIR, "--server.port=0",
                "--ledgerline.simulator.demo-days=" + DEMO_DAYS, "--ledgerline.simulator.demo-orders-per-day=2")) {
            int port = app.awaitReady(START);
            log("demo start: ready after %d s", started);

            // It serves while the history is still being simulated.
            app.awaitLine(DEMO_STARTED, Duration.ofSeconds(30));
            // The ready line is logged when readiness turns to ACCEPTING_TRAFFIC: a probe that trusts it gets 200.
            assertThat(get(port, "/actuator/health/readiness", "admin")).satisfies(response ->
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
            // The whole health UP (a component may still be settling); the admin sees which one is not.
            await("health UP").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(get(port, "/actuator/health", "admin")).satisfies(response -> {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        assertThat(response.body()).contains("\"status\":\"UP\"");
                    }));
            HttpResponse<String> anonymousHealth = get(port, "/actuator/health", null);
            assertThat(anonymousHealth.body()).as("health for anyone: the status only")
                    .contains("\"status\":\"UP\"").doesNotContain("components");
            assertThat(get(port, "/dashboard/", "finance").body()).contains("<title>Ledgerline dashboard</title>");
            assertThat(get(port, "/dashboard/", null).statusCode()).as("the dashboard without signing in").isEqualTo(401);
            HttpResponse<String> charts = get(port, "/webjars/echarts/dist/echarts.min.js", "finance");
            assertThat(charts.statusCode()).as("the dashboard's charts, a webjar inside the jar").isEqualTo(200);
            assertThat(charts.body()).hasSizeGreaterThan(100_000);

            await("the demo's first weeks").atMost(DEMO).pollInterval(Duration.ofSeconds(1)).until(() ->
                    app.linesMatching(PROGRESS).stream().mapToInt(PackagedJarIT::day).max().orElse(0) >= DEMO_DAYS_SEEN);
            log("demo start: " + DEMO_DAYS_SEEN + " simulated days after %d s", started);

            // The reports over the last year: its first month has sales (the history reaches back a year), its last not yet.
            ZoneId zone = ZoneId.of(GraphQlClients.http(port, "finance").document("{ reportingZone }")
                    .retrieveSync("reportingZone").toEntity(String.class));
            LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
            Map<String, Object> lastYear = Map.of("from", tomorrow.minusDays(DEMO_DAYS).atStartOfDay(zone).toInstant().toString(),
                    "to", tomorrow.atStartOfDay(zone).toInstant().toString());
            await("the first month of the year in the reports").atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                List<MonthOfSales> months = GraphQlClients.http(port, "finance")
                        .document("query($p: Period!) { salesOverTime(period: $p, granularity: MONTH) { period orders } }")
                        .variable("p", lastYear).retrieveSync("salesOverTime").toEntityList(MonthOfSales.class);
                assertThat(months).hasSizeGreaterThanOrEqualTo(12);
                assertThat(months.get(1).orders()).as("paid orders in the year's first whole month, %s", months.get(1).period())
                        .isPositive();
                assertThat(months.getLast().orders()).as("paid orders this month, not simulated yet").isZero();
            });

            List<Long> serverPids = app.linesMatching(SERVER_PID).stream().map(PackagedJarIT::pid).toList();
            assertThat(serverPids).as("the embedded PostgreSQL and Elasticsearch").hasSize(2);
            long stopping = System.nanoTime();
            assertThat(app.terminate(STOP)).as("exit code after SIGTERM (128 + 15: ended by the signal, hooks run)")
                    .isEqualTo(143);
            log("demo start: stopped %d s after SIGTERM", stopping);
            assertThat(app.find(DEMO_STOPPED)).as("the demo simulation stopped where it was").isPresent();
            assertThat(app.output()).contains("Stopping the embedded Elasticsearch", "Stopping the embedded PostgreSQL");
            await("the embedded servers end with the app").atMost(Duration.ofSeconds(30))
                    .until(() -> serverPids.stream().noneMatch(PackagedJarIT::isRunning));
        }
        log("demo start: %d s in all", started);
    }

    @Test
    @Order(2)
    @DisplayName("The simulate command on the demo's data (server stopped): adds three days of simulated history, prints "
            + "its report and exits 0; the demo does not start again on a shop with history")
    void simulateCommand() throws Exception {
        long started = System.nanoTime();
        try (JarProcess simulate = JarProcess.start("simulate", "simulate", "--days=3", "--orders-per-day=4", "--seed=5",
                "--ledgerline.data-dir=" + DATA_DIR, "--server.port=0")) {
            assertThat(simulate.awaitExit(Duration.ofMinutes(10))).as("exit code of simulate").isZero();
            log("simulate: exited after %d s", started);

            String runId = simulate.find(SIMULATION_STARTED).orElseThrow(() ->
                    new AssertionError("no line saying the simulation started")).group(1);
            Matcher report = Pattern.compile(REPORT.pattern(), Pattern.MULTILINE).matcher(simulate.output());
            assertThat(report.find()).as("the report printed on stdout").isTrue();
            assertThat(report.group(1)).isEqualTo(runId);
            Duration span = Duration.between(Instant.parse(report.group(2)), Instant.parse(report.group(3)));
            assertThat(span).isBetween(Duration.ofDays(3), Duration.ofDays(4));
            // The events are counted in the event store (the rows stored after the run's start), the orders as placed.
            assertThat(Long.parseLong(report.group(4))).as("orders placed").isPositive();
            assertThat(Long.parseLong(report.group(5))).as("events stored").isGreaterThan(Long.parseLong(report.group(4)));
            assertThat(Long.parseLong(report.group(7))).as("failed commands").isZero();
            assertThat(simulate.output()).contains("orders paid", "orders shipped");
            assertThat(simulate.find(DEMO_STARTED)).as("no second demo: the event store already holds the shop's history")
                    .isEmpty();
        }
    }

    @Test
    @Order(3)
    @DisplayName("AUD-3: the rebuild command on the same data (server stopped) rebuilds the projections named, prints a line "
            + "for each, and exits 1 when one was refused (the audit sealer is never rebuilt)")
    void rebuildCommand() throws Exception {
        long started = System.nanoTime();
        try (JarProcess rebuild = JarProcess.start("rebuild", "rebuild", "--projection=reporting-sales,order-view,audit-sealer",
                "--ledgerline.data-dir=" + DATA_DIR)) {
            assertThat(rebuild.awaitExit(Duration.ofMinutes(5))).as("exit code of rebuild with one refusal").isEqualTo(1);
            log("rebuild: exited after %d s", started);
            for (String projection : List.of("reporting-sales", "order-view")) {
                Matcher completed = Pattern.compile("^" + projection + ": COMPLETED at \\S+: (\\d+) events in ", Pattern.MULTILINE)
                        .matcher(rebuild.output());
                assertThat(completed.find()).as(projection + " rebuilt").isTrue();
                assertThat(Long.parseLong(completed.group(1))).as(projection + " events replayed").isPositive();
            }
            assertThat(rebuild.output()).containsPattern("(?m)^audit-sealer: REFUSED: ");
        }
    }

    @Test
    @Order(4)
    @DisplayName("A usage error (a bad option, a misspelt command) ends the jar with exit code 2 and a message naming it, "
            + "before anything starts")
    void usageErrors() throws Exception {
        try (JarProcess badDays = JarProcess.start("usage-days", "simulate", "--days=0", "--ledgerline.data-dir=" + DATA_DIR)) {
            assertThat(badDays.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(badDays.output()).contains("--days must be between 1 and").doesNotContain("Embedded PostgreSQL");
        }
        try (JarProcess misspelt = JarProcess.start("usage-command", "simulte", "--days=3", "--ledgerline.data-dir=" + DATA_DIR)) {
            assertThat(misspelt.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(misspelt.output()).contains("Unknown command 'simulte'");
        }
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", GraphQlClients.basic(user, user + "-pass"));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int day(String progressLine) {
        Matcher matcher = PROGRESS.matcher(progressLine);
        if (!matcher.find()) {
            throw new IllegalArgumentException(progressLine);
        }
        return Integer.parseInt(matcher.group(2));
    }

    private static long pid(String line) {
        Matcher matcher = SERVER_PID.matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException(line);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Alive and not a zombie awaiting its reaper: /proc/<pid>/stat exists and its state is not Z. */
    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    /** Durations go to the test's output (target/failsafe-reports/), to watch what the test costs. */
    private static void log(String format, long since) {
        System.out.printf(format + "%n", (System.nanoTime() - since) / 1_000_000_000);
    }
}
