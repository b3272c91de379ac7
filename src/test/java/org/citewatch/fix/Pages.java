package org.citewatch.fix;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.WikitextCitationExtractor;

/** Pages for the fixer's tests: their citations as the extractor finds them, with made-up findings. */
final class Pages {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static final Instant CAPTURED = Instant.parse("2012-03-20T08:15:30Z");

    private static final WikitextCitationExtractor EXTRACTOR =
            new WikitextCitationExtractor(ExtractProperties.defaults());

    private Pages() {}

    static List<Citation> citations(String text) {
        return EXTRACTOR
                .extract(new Document("page.wiki", "page.wiki", null, DocumentFormat.WIKITEXT, text, 1, null, null))
                .citations();
    }

    /** The Wayback snapshot of a URL, captured at {@link #CAPTURED}. */
    static Snapshot snapshot(String url) {
        return new Snapshot(
                "https://web.archive.org/web/20120320081530/" + url,
                CAPTURED,
                SnapshotSource.WAYBACK_CDX,
                ArchiveStatus.VALID,
                null);
    }

    /** Every citation of the page confirmed dead, with a snapshot. */
    static List<Finding> allDeadWithSnapshots(String text) {
        return findings(text, c -> new Finding(c, Verdict.DEAD, true, false, null, snapshot(c.url())));
    }

    /** Every citation of the page alive. */
    static List<Finding> allAlive(String text) {
        return findings(text, c -> new Finding(c, Verdict.ALIVE, false, false, null, null));
    }

    static List<Finding> findings(String text, Function<Citation, Finding> finding) {
        return citations(text).stream().map(finding).toList();
    }

    /** Findings by URL fragment: the first rule whose key the URL contains; others alive. */
    static List<Finding> findings(String text, Map<String, Function<Citation, Finding>> byUrl) {
        return findings(
                text,
                c -> byUrl.entrySet().stream()
                        .filter(e -> c.url().contains(e.getKey()))
                        .findFirst()
                        .map(e -> e.getValue().apply(c))
                        .orElse(new Finding(c, Verdict.ALIVE, false, false, null, null)));
    }

    static Finding deadWithSnapshot(Citation c) {
        return new Finding(c, Verdict.DEAD, true, false, null, snapshot(c.url()));
    }

    static DocumentFixer fixer() {
        return new DocumentFixer(ExtractProperties.defaults(), FixProperties.defaults());
    }

    static FixOptions options() {
        return new FixOptions(1L, false, Path.of("fixes"), null, false, false, false);
    }

    static String fix(String text, List<Finding> findings) {
        return fix(text, findings, options());
    }

    static String fix(String text, List<Finding> findings, FixOptions options) {
        DocumentFix fix = fixer().fix(text, findings, options, TODAY);
        return Patch.apply(text, fix.edits());
    }
}
