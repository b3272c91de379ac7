package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citewatch.scale.WorkerConfiguration;
import org.citewatch.testing.CitewatchProcess;
import org.citewatch.testing.InFlightServer;
import org.citewatch.testing.LocalRabbit;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the check step on several JVMs. A manager ({@code audit --distributed}) and workers share
 * the local PostgreSQL server and RabbitMQ broker; the verdicts equal a one-JVM run on H2, each host
 * stays within its politeness limit across workers, and a worker killed mid-partition costs no
 * citation and no second check of a stored result.
 */
class DistributedAuditTest {

    private static final int PER_HOST_LIMIT = 2;

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @Test
    void twoWorkersAuditAsOneJvmWouldAndNoHostGetsMoreThanItsLimit() throws Exception {
        try (InFlightServer web = new InFlightServer(Duration.ofMillis(40));
                LocalRabbit rabbit = new LocalRabbit()) {
            Path corpus = corpus(web, 12, 8);
            AuditOutcome single;
            Map<String, String> singleVerdicts;
            try (AuditHarness one = AuditHarness.start(dir.resolve("single"), Map.of())) {
                single = one.audit(corpus);
                singleVerdicts = verdicts(one);
            }
            web.reset();

            String shared = databases.at(TestDatabase.POSTGRESQL, dir.resolve("shared"));
            try (AuditHarness manager = AuditHarness.start(dir.resolve("manager"), shared, manager(rabbit));
                    AuditHarness first = AuditHarness.start(dir.resolve("w1"), shared, worker(rabbit));
                    AuditHarness second = AuditHarness.start(dir.resolve("w2"), shared, worker(rabbit))) {
                rabbit.awaitConsumers(4);

                AuditOutcome distributed = manager.audit(corpus);

                assertThat(distributed.status()).isEqualTo(single.status());
                assertThat(distributed.counts()).isEqualTo(single.counts());
                assertThat(verdicts(manager)).isEqualTo(singleVerdicts);
                assertThat(manager.checker().asked())
                        .as("the manager checks nothing itself")
                        .isEmpty();
                List<String> asked = new ArrayList<>(first.checker().asked());
                asked.addAll(second.checker().asked());
                assertThat(asked)
                        .as("every URL once, over both workers")
                        .hasSize(96)
                        .doesNotHaveDuplicates();
                assertThat(first.checker().asked())
                        .as("both workers took partitions")
                        .isNotEmpty();
                assertThat(second.checker().asked()).isNotEmpty();
                assertThat(web.maxInFlightPerHost())
                        .as("a host belongs to one partition, run by one worker at a time")
                        .hasSize(12)
                        .allSatisfy((host, max) -> assertThat(max).isLessThanOrEqualTo(PER_HOST_LIMIT));
                assertThat(manager.jdbc()
                                .queryForList(
                                        "SELECT DISTINCT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'checkHosts:%'",
                                        String.class))
                        .containsExactly("COMPLETED");
                assertThat(manager.jdbc()
                                .queryForObject(
                                        "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'checkHosts:%'",
                                        Integer.class))
                        .isEqualTo(16);
                assertThat(rabbit.waiting()).as("no partition left behind").isZero();
            }
        }
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItToAnotherWorkerAndTheJobCompletes() throws Exception {
        try (InFlightServer web = new InFlightServer(Duration.ofMillis(400));
                LocalRabbit rabbit = new LocalRabbit()) {
            Path corpus = corpus(web, 4, 12);
            String shared = databases.at(TestDatabase.POSTGRESQL, dir.resolve("shared"));
            try (AuditHarness manager = AuditHarness.start(dir.resolve("manager"), shared, manager(rabbit))) {
                CompletableFuture<AuditOutcome> run = CompletableFuture.supplyAsync(() -> {
                    try {
                        return manager.audit(corpus);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                // given: a worker process takes every partition and has stored some results
                Process doomed = workerProcess(shared, rabbit);
                awaitChecks(manager, 6);
                // when: it is killed as kill -9 would (no shutdown of any kind)
                doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                Set<String> storedBeforeKill = Set.copyOf(manager.jdbc()
                        .queryForList("SELECT l.url FROM cw_check k JOIN cw_link l ON l.id = k.link_id", String.class));
                assertThat(storedBeforeKill).hasSizeLessThan(48);

                try (AuditHarness rescuer = AuditHarness.start(dir.resolve("w2"), shared, worker(rabbit))) {
                    AuditOutcome outcome = run.get(3, TimeUnit.MINUTES);

                    // then: the broker handed the unfinished partitions to the other worker
                    assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.PASSED);
                    assertThat(outcome.counts().citations()).isEqualTo(48);
                    assertThat(rescuer.checker().asked())
                            .as("results stored before the kill are not fetched again")
                            .doesNotContainAnyElementsOf(storedBeforeKill)
                            .doesNotHaveDuplicates();
                    assertThat(manager.jdbc()
                                    .queryForObject("SELECT COUNT(DISTINCT link_id) FROM cw_check", Integer.class))
                            .isEqualTo(48);
                    assertThat(manager.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                            .as("one stored check per URL")
                            .isEqualTo(48);
                }
            }
        }
    }

    @Test
    void aManagerKilledMidRunIsResumedByTheSameAuditAndWaitsForWhatTheWorkersHold() throws Exception {
        try (InFlightServer web = new InFlightServer(Duration.ofMillis(400));
                LocalRabbit rabbit = new LocalRabbit()) {
            Path corpus = corpus(web, 4, 12);
            String shared = databases.at(TestDatabase.POSTGRESQL, dir.resolve("shared"));
            // the schema is the manager's: a first, empty audit creates it before the worker starts
            try (AuditHarness schema = AuditHarness.start(dir.resolve("schema"), shared, manager(rabbit))) {
                schema.jdbc().queryForObject("SELECT COUNT(*) FROM cw_run", Integer.class);
            }
            try (AuditHarness worker = AuditHarness.start(dir.resolve("w1"), shared, worker(rabbit))) {
                // given: a manager process that dies (kill -9) while the worker checks its partitions
                Process manager = managerProcess(shared, rabbit, corpus);
                awaitChecks(worker, 6);
                manager.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                // when: the same audit is run again
                try (AuditHarness resumed = AuditHarness.start(dir.resolve("manager"), shared, manager(rabbit))) {
                    AuditOutcome outcome = resumed.audit(corpus);

                    // then: run 1 completes; what the worker held was finished, not sent twice
                    assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.PASSED);
                    assertThat(outcome.runId()).isEqualTo(1L);
                    assertThat(outcome.counts().citations()).isEqualTo(48);
                    assertThat(worker.checker().asked()).hasSize(48).doesNotHaveDuplicates();
                    assertThat(web.requests())
                            .as("each URL fetched once in all")
                            .hasSize(48);
                    assertThat(resumed.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                            .isEqualTo(48);
                    assertThat(web.maxInFlightPerHost())
                            .allSatisfy((host, max) -> assertThat(max).isLessThanOrEqualTo(PER_HOST_LIMIT));
                }
            }
        }
    }

    /** Documents citing {@code perHost} pages on each of {@code hosts} hosts; every fifth page is gone. */
    private Path corpus(InFlightServer web, int hosts, int perHost) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int h = 0; h < hosts; h++) {
            int host = h;
            String text = IntStream.range(0, perHost)
                    .mapToObj(i -> "<ref>{{cite web |url=" + web.host(20 + host) + "/story/" + i
                            + (hosts > 4 && i % 5 == 4 ? "/gone" : "") + " |title=Story " + i + "}}</ref>")
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("page" + h + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    private static Map<String, Object> manager(LocalRabbit rabbit) {
        Map<String, Object> properties = broker(rabbit);
        properties.put("spring.profiles.active", AuditJobConfiguration.DISTRIBUTED);
        properties.put("citewatch.job.check-ahead", 0);
        properties.put("citewatch.scale.partitions", 16);
        properties.put("citewatch.scale.poll-interval", "200ms");
        return properties;
    }

    private static Map<String, Object> worker(LocalRabbit rabbit) {
        Map<String, Object> properties = broker(rabbit);
        properties.put("spring.profiles.active", WorkerConfiguration.WORKER);
        properties.put("spring.flyway.enabled", false);
        return properties;
    }

    private static Map<String, Object> broker(LocalRabbit rabbit) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.rabbitmq.addresses", LocalRabbit.URI);
        properties.put("citewatch.scale.queue", rabbit.queue());
        properties.put("citewatch.check.per-host", PER_HOST_LIMIT);
        return properties;
    }

    /** {@code citewatch worker} in a process of its own, as an operator starts it. */
    private Process workerProcess(String database, LocalRabbit rabbit) throws IOException {
        return CitewatchProcess.start(
                dir.resolve("worker.log"),
                "worker",
                "--db=" + database,
                "--broker=" + LocalRabbit.URI,
                "--allow-private-networks",
                "--partitions=4",
                "--citewatch.scale.queue=" + rabbit.queue(),
                "--citewatch.job.check-chunk-size=2");
    }

    /** {@code citewatch audit --distributed} in a process of its own. */
    private Process managerProcess(String database, LocalRabbit rabbit, Path corpus) throws IOException {
        return CitewatchProcess.start(
                dir.resolve("manager.log"),
                "audit",
                corpus.toString(),
                "--distributed",
                "--db=" + database,
                "--broker=" + LocalRabbit.URI,
                "--allow-private-networks",
                "--report-dir=" + dir.resolve("killed-reports"),
                "--citewatch.scale.queue=" + rabbit.queue(),
                "--citewatch.scale.partitions=16",
                "--citewatch.scale.poll-interval=200ms");
    }

    private static void awaitChecks(AuditHarness harness, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Integer stored = harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class);
            if (stored != null && stored >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the worker process stored fewer than " + atLeast + " checks in two minutes");
    }

    /** url → verdict and reason of every link, as the database holds them. */
    private static Map<String, String> verdicts(AuditHarness harness) {
        Map<String, String> verdicts = new HashMap<>();
        harness.jdbc()
                .query("SELECT l.url, k.verdict, k.reason FROM cw_check k JOIN cw_link l ON l.id = k.link_id", rs -> {
                    verdicts.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
                });
        return verdicts;
    }
}
