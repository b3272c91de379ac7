package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.Extraction;
import org.citewatch.extract.SourceMemory;
import org.citewatch.extract.WikiPage;
import org.citewatch.extract.WikiSite;
import org.citewatch.report.RunSummary;
import org.junit.jupiter.api.Test;

/** Issue 14: what the history keeps of wiki pages and listings between runs. */
class WikiPageMemoryTest {

    private static final String NAME = "https://zh.wikipedia.org/wiki/核安全峰會";
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    private final HistoryDatabase db = new HistoryDatabase();

    private void store(long run, long revision, String text, boolean sameText) {
        WikiPage page = new WikiPage(
                "https://zh.wikipedia.org/w/api.php",
                "核安全峰會",
                1234567,
                revision,
                Instant.parse("2026-11-20T12:34:56Z"),
                false,
                WikiSite.UNKNOWN);
        Document document = new Document(NAME, page.wiki(), revision, DocumentFormat.WIKITEXT, text, 1, null, page);
        db.documents.store(
                run,
                new DocumentExtraction(
                        document, DocumentExtraction.hashOf(document), sameText, new Extraction(List.of(), List.of())),
                NOW);
    }

    @Test
    void keepsThePageAndRevisionOfAWikiDocument() {
        long run = db.runs.start(List.of("wiki:wiki=https://zh.wikipedia.org&page=核安全峰會"), NOW);

        store(run, 70000001L, "text", false);

        assertThat(db.documents.revisionId(NAME)).hasValue(70000001L);
        assertThat(db.documents.wikiPage(NAME)).hasValueSatisfying(page -> {
            assertThat(page.wiki()).isEqualTo("https://zh.wikipedia.org/w/api.php");
            assertThat(page.title()).isEqualTo("核安全峰會");
            assertThat(page.pageId()).isEqualTo(1234567L);
            assertThat(page.revisionId()).isEqualTo(70000001L);
            assertThat(page.timestamp()).isEqualTo(Instant.parse("2026-11-20T12:34:56Z"));
        });
        assertThat(db.documents.wikiPage("pages/a.wiki")).isEmpty();
    }

    @Test
    void aNewRevisionWithTheSameTextIsStoredSoTheNextRunSkipsIt() {
        long run = db.runs.start(List.of("wiki:x"), NOW);
        store(run, 70000001L, "text", false);

        store(run, 70000002L, "text", true);

        assertThat(db.documents.revisionId(NAME)).hasValue(70000002L);
    }

    @Test
    void aListingMarkIsKeptPerRunAndTheNextRunSeesTheLastFinishedOne() {
        long first = db.runs.start(List.of("wiki:x"), NOW);
        SourceMemory firstMemory = db.documents.sourceMemory(first);
        assertThat(firstMemory.mark("listing", Instant.parse("2026-12-01T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(firstMemory.mark("listing", Instant.parse("2026-12-01T05:00:00Z")))
                .as("a resumed run gets its first mark back")
                .isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
        long second = db.runs.start(List.of("wiki:y"), NOW);

        assertThat(db.documents.sourceMemory(second).previousMark("listing"))
                .as("the first run has not finished: it audited nothing it listed")
                .isEmpty();

        db.runs.finish(new RunSummary(first, NOW, NOW, List.of("wiki:x"), 0, 0, 0, Map.of(), Map.of(), 0));
        assertThat(db.documents.sourceMemory(second).previousMark("listing"))
                .hasValue(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(db.documents.sourceMemory(second).previousMark("another listing"))
                .isEmpty();
    }
}
