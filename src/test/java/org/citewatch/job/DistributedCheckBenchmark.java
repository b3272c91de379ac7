package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citewatch.testing.CitewatchProcess;
import org.citewatch.testing.InFlightServer;
import org.citewatch.testing.LocalRabbit;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 benchmark (not a test): {@code ./mvnw -B -Pbench test -Dtest=DistributedCheckBenchmark}.
 * 40,000 URLs over 1,000 loopback hosts answering after 50 ms; every worker is a {@code citewatch
 * worker} process (no JVM flags) capped at 32 checks in flight. Audits the corpus once with one
 * worker and once with two, on the local PostgreSQL and RabbitMQ, and prints the check step's wall
 * time and URLs per second for each, their ratio, and whether the verdicts are identical.
 */
@Tag("bench")
class DistributedCheckBenchmark {

    private static final int URLS = 40_000;
    private static final int HOSTS = 1_000;
    private static final int IN_FLIGHT = 32;

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @Test
    void twoWorkersCheckNearlyTwiceAsManyUrlsPerSecondAsOne() throws Exception {
        try (InFlightServer web = new InFlightServer(Duration.ofMillis(50))) {
            Path corpus = corpus(web);
            Result one = audit(corpus, 1);
            Result two = audit(corpus, 2);
            System.out.printf(
                    "one worker: check step %.1f s, %.0f URLs/s; two workers: %.1f s, %.0f URLs/s; ratio %.2f; "
                            + "ideal per worker %d URLs/s; verdicts identical: %s%n",
                    one.seconds(),
                    URLS / one.seconds(),
                    two.seconds(),
                    URLS / two.seconds(),
                    one.seconds() / two.seconds(),
                    IN_FLIGHT * 1000 / 50,
                    one.verdicts().equals(two.verdicts()));
            assertThat(two.verdicts()).isEqualTo(one.verdicts());
        }
    }

    private record Result(double seconds, Map<String, String> verdicts) {}

    private Result audit(Path corpus, int workers) throws Exception {
        try (LocalRabbit rabbit = new LocalRabbit()) {
            String shared = databases.at(TestDatabase.POSTGRESQL, dir.resolve("db" + workers));
            Map<String, Object> manager = new HashMap<>();
            manager.put("spring.profiles.active", AuditJobConfiguration.DISTRIBUTED);
            manager.put("spring.rabbitmq.addresses", LocalRabbit.URI);
            manager.put("citewatch.scale.queue", rabbit.queue());
            manager.put("citewatch.job.check-ahead", 0);
            manager.put("citewatch.job.check-chunk-size", 100);
            // the benchmark is the check step: the archive endpoints point at a closed local port
            String closed = "http://127.0.0.1:9/";
            manager.put("citewatch.archive.cdx-url", closed + "cdx");
            manager.put("citewatch.archive.availability-url", closed + "available");
            manager.put("citewatch.archive.replay-url", closed + "web/");
            manager.put("citewatch.archive.memento-url", closed + "memento/");
            try (AuditHarness harness = AuditHarness.start(dir.resolve("manager" + workers), shared, manager)) {
                List<Process> processes = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    processes.add(worker(shared, rabbit, i));
                }
                try {
                    rabbit.awaitConsumers(2 * workers);
                    harness.audit(corpus);
                    Map<String, Object> check = harness.jdbc()
                            .queryForMap(
                                    "SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'check'");
                    Duration took = Duration.between(
                            ((Timestamp) check.get("START_TIME")).toInstant(),
                            ((Timestamp) check.get("END_TIME")).toInstant());
                    Map<String, String> verdicts = new HashMap<>();
                    harness.jdbc()
                            .query("SELECT l.url, k.verdict FROM cw_check k JOIN cw_link l ON l.id = k.link_id", rs -> {
                                verdicts.put(rs.getString(1), rs.getString(2));
                            });
                    assertThat(verdicts).hasSize(URLS);
                    return new Result(took.toMillis() / 1000.0, verdicts);
                } finally {
                    for (Process process : processes) {
                        process.destroy();
                        process.waitFor(30, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }

    private Process worker(String database, LocalRabbit rabbit, int n) throws IOException {
        return CitewatchProcess.start(
                dir.resolve("worker" + n + ".log"),
                "worker",
                "--db=" + database,
                "--broker=" + LocalRabbit.URI,
                "--allow-private-networks",
                "--concurrency=" + IN_FLIGHT,
                "--citewatch.scale.queue=" + rabbit.queue());
    }

    /** 100 pages of 400 citations, every host cited 40 times; a tenth of the pages are gone. */
    private Path corpus(InFlightServer web) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int page = 0; page < 100; page++) {
            int p = page;
            String text = IntStream.range(0, URLS / 100)
                    .mapToObj(i -> {
                        int url = p * (URLS / 100) + i;
                        return "<ref>{{cite web |url=" + web.host(url % HOSTS) + "/story/" + url
                                + (url % 10 == 9 ? "/gone" : "") + " |title=Story}}</ref>";
                    })
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("page" + page + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }
}
