package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.Extraction;
import org.citewatch.report.CitationReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 4: each document's language and date style are kept, so that reports (and fixes)
 * write dates the page's way without the page's text.
 */
class DocumentDateStyleTest {

    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");
    private static final String PAGE = "核安全峰會\n<ref>[http://a.example/x X]</ref>";

    private final HistoryDatabase db = new HistoryDatabase();
    private final AuditReportAssembler assembler =
            new AuditReportAssembler(db.jdbc, db.runs, db.documents, new ArchiveRepository(db.jdbc));

    private void store(long run, String language, boolean reused) {
        Document document = new Document("summit", "dump.xml", 1L, DocumentFormat.WIKITEXT, PAGE, 1, language, null);
        db.documents.store(
                run,
                new DocumentExtraction(
                        document,
                        DocumentExtraction.hashOf(document),
                        reused,
                        new Extraction(
                                List.of(HistoryDatabase.citation("summit", 2, "http://a.example/x")), List.of())),
                DAY);
    }

    private DateStyle reportedStyle(long run) {
        return assembler.assemble(run, DAY).links().get(0).citations().stream()
                .map(CitationReport::dateStyle)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReportWritesDatesInTheStoredStyleOfTheDocument() {
        long run = db.runs.start(List.of("dump.xml"), DAY);
        store(run, "zh", false);

        assertThat(reportedStyle(run)).isEqualTo(DateStyle.CJK);
        assertThat(db.jdbc.queryForObject("SELECT language FROM cw_document", String.class))
                .isEqualTo("zh");
    }

    @Test
    void anUnchangedDocumentTakesTheLanguageItIsGivenNow() {
        long first = db.runs.start(List.of("page.wiki"), DAY);
        store(first, null, false);
        DateStyle before = reportedStyle(first);
        long second = db.runs.start(List.of("page.wiki"), DAY.plusSeconds(86_400));
        store(second, "zh", true);

        assertThat(before).as("unknown language, no dates on the page").isEqualTo(DateStyle.ISO);
        assertThat(reportedStyle(second)).as("--wiki-lang zh given now").isEqualTo(DateStyle.CJK);
    }
}
