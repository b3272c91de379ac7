package org.citewatch.report;

import static org.citewatch.report.ReportFixtures.cite;
import static org.citewatch.report.ReportFixtures.link;
import static org.citewatch.report.ReportFixtures.snapshot;
import static org.citewatch.report.ReportFixtures.summary;

import java.util.ArrayList;
import java.util.List;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/**
 * A generated run at wiki scale: many documents of ordinary size, one very large one, and a mix of
 * verdicts and problem kinds (a fifth dead, some with a snapshot, some unknown), with zh titles.
 */
final class LargeReport {

    /** The large document, e.g. a list article with thousands of references. */
    static final String BIG = "articles/List of 核安全 summits.wiki";

    private LargeReport() {}

    static String document(int index) {
        return "articles/Page " + index + ".wiki";
    }

    /** The URL cited at {@code citation} of document {@code document}: unique to that document. */
    static String url(int document, int citation) {
        return "https://host" + (citation % 97) + ".example.org/d" + document + "/story-" + citation + ".html";
    }

    static AuditReport of(int documents, int citationsEach, int bigCitations) {
        List<LinkReport> links = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            for (int c = 0; c < citationsEach; c++) {
                links.add(linkOf(document(d), url(d, c), c));
            }
        }
        for (int c = 0; c < bigCitations; c++) {
            links.add(linkOf(BIG, url(-1, c), c));
        }
        return new AuditReport(summary(7, links, documents + 1, 0), links, List.of(), List.of());
    }

    /**
     * The exact change of every dead citation with a snapshot (one in ten), as citewatch fix writes it:
     * the template gets its archive parameters and loses its dead-link tag.
     */
    static WikitextChanges changes(AuditReport report) {
        List<WikitextChange> changes = new ArrayList<>();
        for (LinkReport link : report.links()) {
            if (link.verdict() != Verdict.DEAD || link.archive() == null) {
                continue;
            }
            for (CitationReport cited : link.citations()) {
                var citation = cited.citation();
                String template =
                        "{{" + citation.template() + " |url=" + citation.url() + " |title=" + citation.title();
                changes.add(new WikitextChange(
                        citation,
                        citation.line(),
                        citation.column(),
                        0,
                        template + "}}{{dead link|date=May 2020}}",
                        template + " |archive-url=" + link.archive().url()
                                + " |archive-date=2009-05-30 |url-status=dead}}",
                        java.nio.file.Path.of("fixes", citation.document().replaceAll("[^A-Za-z0-9]", "_") + ".diff")));
            }
        }
        return WikitextChanges.of(changes);
    }

    private static LinkReport linkOf(String document, String url, int c) {
        CitationReport citation =
                cite(document, 10 + c * 3, 1, url, c % 3 == 0 ? "cite web" : "cite news", "报道 " + c, null, null, false);
        return switch (c % 10) {
            case 0 -> link(url, Verdict.DEAD, Reason.HTTP_404, 404, null, "Not Found", null, citation);
            case 1 ->
                link(
                        url,
                        Verdict.DEAD,
                        Reason.SOFT_404,
                        200,
                        url + "/gone",
                        "title: Page not found",
                        snapshot(
                                "https://web.archive.org/web/20090530120000/" + url,
                                "2009-05-30T12:00:00Z",
                                SnapshotSource.WAYBACK_CDX,
                                -3L),
                        citation);
            case 2 -> link(url, Verdict.UNKNOWN, Reason.TIMEOUT, null, null, null, null, citation);
            default -> link(url, Verdict.ALIVE, Reason.OK, 200, url, null, null, citation);
        };
    }
}
