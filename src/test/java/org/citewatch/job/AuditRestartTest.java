package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citewatch.history.RunLock;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 5: a run killed in the middle of the check step, or during extraction while checks run
 * ahead, is resumed by the next {@code audit} over the same inputs: no URL is checked twice for that
 * run and no citation is lost. Also the run lock (exit code 3 of the command) and the proof that the
 * job repository is the JDBC one.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AuditRestartTest {

    /** The suite runs once on each database citewatch supports. */
    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private static final int URLS = 40;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    @BeforeEach
    void stub() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<title>ok</title>")));
    }

    /** Forty URLs over eight hosts in four documents. */
    private Path corpus(String name) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve(name));
        for (int d = 0; d < 4; d++) {
            int doc = d;
            String text = IntStream.range(0, URLS / 4)
                    .mapToObj(i -> "<ref>{{cite web |url=http://127.0.0." + (10 + i % 8) + ":" + server.getPort() + "/d"
                            + doc + "/p" + i + "}}</ref>")
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("doc" + d + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** Without checks started during extraction, every check happens in the check step. */
    private static final Map<String, Object> CHECKS_IN_CHECK_STEP_ONLY = Map.of("citewatch.job.check-ahead", 0);

    @Test
    void resumesAKilledRunWithoutCheckingAnyUrlTwiceOrLosingACitation() throws Exception {
        Path corpus = corpus("corpus");
        AuditOutcome uninterrupted = uninterrupted(corpus);

        Path db = dir.resolve("killed");
        Set<String> checkedBeforeCrash;
        try (AuditHarness first = start(db, CHECKS_IN_CHECK_STEP_ONLY)) {
            // given: the process dies after 15 checks, in the middle of the check step
            first.checker().crashAfter(15);
            AuditOutcome crashed = first.audit(corpus);
            assertThat(crashed.status()).isEqualTo(AuditOutcome.Status.FAILED);
            // issue 16: every answered check is stored soon, also those of chunks that never finished
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(storedUrls(first))
                            .hasSize(15)
                            .containsExactlyInAnyOrderElementsOf(first.checker().answered()));
            checkedBeforeCrash = storedUrls(first);
            // as after kill -9: the execution is still marked running and the lock row stays behind
            first.jdbc().update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
            first.jdbc()
                    .update(
                            "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'");
            leaveStaleLock(first);
        }

        // when: the same audit runs again, in a new process (a new context on the same database)
        try (AuditHarness second = start(db, CHECKS_IN_CHECK_STEP_ONLY)) {
            AuditOutcome resumed = second.audit(corpus);

            // then
            assertThat(resumed.status()).isEqualTo(AuditOutcome.Status.PASSED);
            assertThat(resumed.runId())
                    .as("the same run is resumed, not a new one")
                    .isEqualTo(1L);
            assertThat(resumed.counts()).isEqualTo(uninterrupted.counts());
            assertThat(second.checker().asked())
                    .as("URLs committed before the crash are not checked again")
                    .doesNotContainAnyElementsOf(checkedBeforeCrash)
                    .doesNotHaveDuplicates();
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(URLS);
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation", Integer.class))
                    .isEqualTo(URLS);
            assertThat(second.jdbc()
                            .queryForList(
                                    "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                    .as("one job instance: the failed execution and its restart, kept in the JDBC job repository")
                    .containsExactly("FAILED", "COMPLETED");
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                    .isEqualTo(1);
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM cw_run_lock", Integer.class))
                    .as("the lock is released at the end")
                    .isZero();
        }
    }

    @Test
    void resumesARunKilledDuringExtractionWhileChecksRanAhead() throws Exception {
        Path corpus = corpus("corpus");
        AuditOutcome uninterrupted = uninterrupted(corpus);
        // a chunk per document, so that the crash comes after some chunks were committed
        Map<String, Object> chunkPerDocument = Map.of("citewatch.job.extract-chunk-size", 1);

        Path db = dir.resolve("killed");
        Set<String> answeredBeforeCrash;
        try (AuditHarness first = start(db, chunkPerDocument)) {
            // given: the process dies after 15 checks, while the extract step starts checks ahead
            first.checker().crashAfter(15);
            AuditOutcome crashed = first.audit(corpus);
            assertThat(crashed.status()).isEqualTo(AuditOutcome.Status.FAILED);
            // issue 16: the results of checks that finished are stored soon, though the check step never ran
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(storedUrls(first))
                            .hasSize(15)
                            .containsExactlyInAnyOrderElementsOf(first.checker().answered()));
            answeredBeforeCrash = storedUrls(first);
            assertThat(first.jdbc()
                            .queryForObject(
                                    "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'extract'",
                                    String.class))
                    .isEqualTo("FAILED");
            first.jdbc().update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
            first.jdbc()
                    .update(
                            "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'");
            leaveStaleLock(first);
        }

        try (AuditHarness second = start(db, chunkPerDocument)) {
            AuditOutcome resumed = second.audit(corpus);

            assertThat(resumed.status()).isEqualTo(AuditOutcome.Status.PASSED);
            assertThat(resumed.runId()).isEqualTo(1L);
            assertThat(resumed.counts()).isEqualTo(uninterrupted.counts());
            assertThat(second.checker().asked())
                    .as("only the URLs not answered before the crash are checked in the resumed run")
                    .hasSize(URLS - answeredBeforeCrash.size())
                    .doesNotContainAnyElementsOf(answeredBeforeCrash)
                    .doesNotHaveDuplicates();
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(URLS);
            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation", Integer.class))
                    .isEqualTo(URLS);
        }
    }

    private static Set<String> storedUrls(AuditHarness harness) {
        return new HashSet<>(harness.jdbc()
                .queryForList("SELECT l.url FROM cw_check k JOIN cw_link l ON l.id = k.link_id", String.class));
    }

    private AuditOutcome uninterrupted(Path corpus) throws Exception {
        try (AuditHarness reference = start(dir.resolve("reference"), Map.of())) {
            return reference.audit(corpus);
        }
    }

    @Test
    void keepsJobExecutionsInTheDatabaseAcrossProcesses() throws Exception {
        Path corpus = corpus("corpus");
        Path db = dir.resolve("db");
        try (AuditHarness first = start(db, Map.of())) {
            first.audit(corpus);
        }
        try (AuditHarness second = start(db, Map.of())) {
            AuditOutcome next = second.audit(corpus);

            assertThat(next.runId()).isEqualTo(2L);
            assertThat(second.jdbc()
                            .queryForList(
                                    "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                    .as("the first process's execution survived: the job repository is JDBC, not in memory")
                    .containsExactly("COMPLETED", "COMPLETED");
        }
    }

    @Test
    void secondRunAtOnceExitsWithoutTouchingTheDatabase() throws Exception {
        Path corpus = corpus("corpus");
        try (AuditHarness harness = start(dir.resolve("db"), Map.of())) {
            RunLock.Outcome first = harness.context.getBean(RunLock.class).tryAcquire();
            assertThat(first).isInstanceOf(RunLock.Acquired.class);

            AuditOutcome second = harness.audit(corpus);

            assertThat(second.status()).isEqualTo(AuditOutcome.Status.IN_PROGRESS);
            assertThat(second.notes()).singleElement().asString().contains("another citewatch audit");
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_run", Integer.class))
                    .isZero();
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                    .isZero();
            ((RunLock.Acquired) first).lease().close();
            assertThat(harness.audit(corpus).status())
                    .as("free again once released")
                    .isEqualTo(AuditOutcome.Status.PASSED);
        }
    }

    /** A lock row owned by a process of this host that has exited, as a kill -9 leaves it. */
    private static void leaveStaleLock(AuditHarness harness) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        harness.jdbc()
                .update(
                        "INSERT INTO cw_run_lock (name, owner, pid, host, acquired_at, heartbeat_at) VALUES ('audit', 'dead', ?, ?, ?, ?)",
                        gone.pid(),
                        java.net.InetAddress.getLocalHost().getHostName(),
                        Instant.now().atOffset(ZoneOffset.UTC),
                        Instant.now().atOffset(ZoneOffset.UTC));
    }

    /** The application on the database of the folder, as a process of one installation would start. */
    private AuditHarness start(Path folder, Map<String, Object> properties) {
        return AuditHarness.start(folder, databases.at(database, folder), properties);
    }
}
