package org.citewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.citewatch.check.CheckResult;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.Extraction;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh in-memory history database with its repositories, and shortcuts to fill it. */
final class HistoryDatabase {

    static final RecheckPolicy RECHECK = new RecheckPolicy(Duration.ofDays(7), Duration.ofDays(1), Duration.ZERO);

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final RunRepository runs;
    final LinkRepository links;
    final DocumentRepository documents;
    final HistoryReaders readers;

    HistoryDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        dataSource = h2;
        jdbc = new JdbcTemplate(h2);
        runs = new RunRepository(jdbc);
        links = new LinkRepository(jdbc, new ConfirmationPolicy(3, Duration.ofDays(3), 5));
        documents = new DocumentRepository(jdbc, links);
        readers = new HistoryReaders(h2, RECHECK);
    }

    /**
     * Stores a document of a run citing the URLs, one per line.
     *
     * @param sameAsBefore the document is unchanged since an earlier run (its citations are kept)
     * @return the document's id
     */
    long store(long run, String name, boolean sameAsBefore, Instant now, String... urls) {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            citations.add(citation(name, i + 1, urls[i]));
        }
        return store(run, name, sameAsBefore, now, citations);
    }

    /** Stores a document of a run with the given citations; returns its id. */
    long store(long run, String name, boolean sameAsBefore, Instant now, List<Citation> citations) {
        Document document = new Document(name, name, null, DocumentFormat.WIKITEXT, "text of " + name, 1, null, null);
        return documents.store(
                run,
                new DocumentExtraction(
                        document,
                        DocumentExtraction.hashOf(document),
                        sameAsBefore,
                        new Extraction(citations, List.of())),
                now);
    }

    /** Records a check of a URL in a run. */
    void check(long run, String url, Verdict verdict, Reason reason, Instant checkedAt) {
        links.record(
                run,
                List.of(new CheckResult(
                        url,
                        verdict,
                        reason,
                        null,
                        url,
                        List.of(),
                        null,
                        Duration.ofMillis(50),
                        0,
                        1,
                        null,
                        false,
                        checkedAt)));
    }

    /** A {@code cite web} citation of a URL; {@code mailto:} URLs are skipped, as the extractor does. */
    static Citation citation(String document, int line, String url) {
        String skipReason = url.startsWith("mailto:") ? "UNSUPPORTED_SCHEME" : null;
        return new Citation(
                document,
                line,
                1,
                url,
                url,
                "cite web",
                "url",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                1,
                skipReason,
                null);
    }
}
