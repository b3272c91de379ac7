package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.citewatch.check.CheckResult;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.citewatch.history.DueLink;
import org.citewatch.history.LinkRepository;
import org.citewatch.history.LinkState;
import org.citewatch.history.RunRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16: a finished check's result is stored soon after it finishes, in batches, so that a
 * {@code kill -9} loses only the last moments' results; storing is idempotent.
 */
class CheckResultStoreTest {

    @TempDir
    Path dir;

    private AuditHarness harness;
    private long run;

    @BeforeEach
    void start() {
        harness = AuditHarness.start(dir, Map.of());
        run = harness.context.getBean(RunRepository.class).start(List.of("corpus"), Instant.now());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void storesAFinishedResultWithinTheWaitAndLetsTheCheckerForgetIt() throws Exception {
        try (CheckResultStore store = store(Duration.ofMillis(20), 100)) {
            DueLink link = link("http://a.example/1");

            CompletableFuture<Void> stored = store.store(run, link, alive(link.url()));

            await().atMost(Duration.ofSeconds(5)).until(stored::isDone);
            assertThat(stored).isCompleted();
            assertThat(storedChecks()).isEqualTo(1);
            assertThat(harness.checker().forgotten()).containsExactly(link.url());
        }
    }

    @Test
    void storesAFullBatchAtOnceAndTheRestWhenClosed() throws Exception {
        CheckResultStore store = store(Duration.ofHours(1), 2);
        DueLink a = link("http://a.example/1");
        DueLink b = link("http://b.example/2");
        DueLink c = link("http://c.example/3");

        CompletableFuture<Void> first = store.store(run, a, alive(a.url()));
        CompletableFuture<Void> second = store.store(run, b, alive(b.url()));
        CompletableFuture<Void> third = store.store(run, c, alive(c.url()));

        await().atMost(Duration.ofSeconds(5)).until(() -> first.isDone() && second.isDone());
        assertThat(third).as("waits for a full batch or the wait").isNotDone();
        store.close();
        assertThat(third).as("stored on close").isCompleted();
        assertThat(storedChecks()).isEqualTo(3);
    }

    @Test
    void storingAResultAgainKeepsTheFirst() throws Exception {
        try (CheckResultStore store = store(Duration.ZERO, 100)) {
            DueLink link = link("http://a.example/1");
            store.store(run, link, alive(link.url())).join();

            store.store(run, link, dead(link.url())).join();

            assertThat(storedChecks()).isEqualTo(1);
            assertThat(harness.jdbc().queryForObject("SELECT verdict FROM cw_check", String.class))
                    .isEqualTo("ALIVE");
        }
    }

    @Test
    void aResultThatCannotBeStoredFailsItsFutureAndLeavesTheLinkDue() throws Exception {
        try (CheckResultStore store = store(Duration.ZERO, 100)) {
            DueLink unknown = new DueLink(999_999, "http://gone.example/", LinkState.NEW, false);

            CompletableFuture<Void> stored = store.store(run, unknown, alive(unknown.url()));

            await().atMost(Duration.ofSeconds(5)).until(stored::isDone);
            assertThat(stored).isCompletedExceptionally();
            assertThat(storedChecks()).isZero();
            assertThat(harness.checker().forgotten()).isEmpty();
        }
    }

    private CheckResultStore store(Duration within, int batch) {
        return new CheckResultStore(
                harness.context.getBean(LinkRepository.class),
                harness.checker(),
                harness.context.getBean(org.citewatch.check.Paywalls.class),
                new TransactionTemplate(harness.context.getBean(PlatformTransactionManager.class)),
                within,
                batch);
    }

    /** A link cited by a stored document of the run, as the check step's reader gives it. */
    private DueLink link(String url) {
        Document document = new Document(url, url, null, DocumentFormat.WIKITEXT, "* " + url, 1, null, null);
        harness.context
                .getBean(DocumentRepository.class)
                .store(
                        run,
                        new DocumentExtraction(
                                document,
                                DocumentExtraction.hashOf(document),
                                false,
                                harness.context.getBean(CitationExtractor.class).extract(document)),
                        Instant.now());
        long id = harness.jdbc().queryForObject("SELECT id FROM cw_link WHERE url = ?", Long.class, url);
        return new DueLink(id, url, LinkState.NEW, false);
    }

    private int storedChecks() {
        return harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class);
    }

    private static CheckResult alive(String url) {
        return result(url, Verdict.ALIVE, Reason.OK, 200);
    }

    private static CheckResult dead(String url) {
        return result(url, Verdict.DEAD, Reason.HTTP_404, 404);
    }

    private static CheckResult result(String url, Verdict verdict, Reason reason, int status) {
        return new CheckResult(
                url,
                verdict,
                reason,
                status,
                url,
                List.of(),
                "text/html",
                Duration.ofMillis(50),
                100,
                1,
                null,
                false,
                Instant.now());
    }
}
