package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.Extraction;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.citewatch.history.RunRepository;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 5 (benchmark goal): the checks of due links start as soon as the documents citing them are
 * committed by the extract step, not after the last document; the check step takes them over.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CheckAheadTest {

    /** The suite runs once on each database citewatch supports. */
    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private static final int DOCUMENTS = 4;
    private static final int URLS_PER_DOCUMENT = 10;

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

    @Test
    void startsChecksWhileExtractionRunsAndChecksEachUrlOnce() throws Exception {
        try (AuditHarness harness = start(dir, Map.of("citewatch.job.extract-chunk-size", 1))) {
            AuditOutcome outcome = harness.audit(corpus());

            assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.PASSED);
            assertThat(harness.checker().askedAt().get(0))
                    .as("the first check starts before the check step")
                    .isBefore(checkStepStart(harness));
            assertThat(harness.checker().asked())
                    .hasSize(DOCUMENTS * URLS_PER_DOCUMENT)
                    .doesNotHaveDuplicates();
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(DOCUMENTS * URLS_PER_DOCUMENT);
            assertThat(harness.checker().forgotten())
                    .as("the checker holds no result once it is stored")
                    .containsExactlyInAnyOrderElementsOf(harness.checker().asked());
            assertThat(outcome.counts().byVerdict())
                    .containsEntry(org.citewatch.check.Verdict.ALIVE, DOCUMENTS * URLS_PER_DOCUMENT);
        }
    }

    @Test
    void leavesWhatIsOverTheLimitToTheCheckStep() throws Exception {
        try (AuditHarness harness =
                start(dir, Map.of("citewatch.job.extract-chunk-size", 1, "citewatch.job.check-ahead", 3))) {
            harness.audit(corpus());

            Instant checkStep = checkStepStart(harness);
            assertThat(harness.checker().askedAt().stream().filter(at -> at.isBefore(checkStep)))
                    .as("checks started ahead")
                    .hasSize(3);
            assertThat(harness.checker().asked())
                    .hasSize(DOCUMENTS * URLS_PER_DOCUMENT)
                    .doesNotHaveDuplicates();
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(DOCUMENTS * URLS_PER_DOCUMENT);
        }
    }

    @Test
    void startsNothingForAChunkThatRolledBackAndHandsEachCheckOverOnce() {
        try (AuditHarness harness = start(dir, Map.of())) {
            CheckAhead ahead = harness.context.getBean(CheckAhead.class);
            TransactionTemplate transaction =
                    new TransactionTemplate(harness.context.getBean(PlatformTransactionManager.class));
            long run = harness.context.getBean(RunRepository.class).start(List.of("corpus"), Instant.now());
            String url = "http://127.0.0.1:" + server.getPort() + "/page";

            transaction.executeWithoutResult(status -> {
                ahead.afterCommit(run, false, Instant.now(), List.of(store(harness, run, url)));
                status.setRollbackOnly();
            });
            assertThat(harness.checker().asked()).as("rolled back").isEmpty();

            transaction.executeWithoutResult(
                    status -> ahead.afterCommit(run, false, Instant.now(), List.of(store(harness, run, url))));
            assertThat(harness.checker().asked()).as("committed").containsExactly(url);
            assertThat(ahead.take(run + 1, url)).as("another run's check").isEmpty();
            assertThat(ahead.take(run, url)).isPresent();
            assertThat(ahead.take(run, url)).as("handed over once").isEmpty();
        }
    }

    private static long store(AuditHarness harness, long run, String url) {
        Document document = new Document("a.wiki", "a.wiki", null, DocumentFormat.WIKITEXT, "* " + url, 1, null, null);
        Extraction extraction = harness.context
                .getBean(org.citewatch.extract.CitationExtractor.class)
                .extract(document);
        return harness.context
                .getBean(DocumentRepository.class)
                .store(
                        run,
                        new DocumentExtraction(document, DocumentExtraction.hashOf(document), false, extraction),
                        Instant.now());
    }

    private static Instant checkStepStart(AuditHarness harness) {
        return harness.jdbc()
                .queryForObject(
                        "SELECT START_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'check'", Timestamp.class)
                .toInstant();
    }

    /** Ten URLs over five hosts in each of four documents. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int d = 0; d < DOCUMENTS; d++) {
            int doc = d;
            String text = IntStream.range(0, URLS_PER_DOCUMENT)
                    .mapToObj(i -> "* http://127.0.0." + (10 + i % 5) + ":" + server.getPort() + "/d" + doc + "/p" + i)
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("doc" + d + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** The application on the database of the folder, as a process of one installation would start. */
    private AuditHarness start(Path folder, Map<String, Object> properties) {
        return AuditHarness.start(folder, databases.at(database, folder), properties);
    }
}
