package org.citewatch.report;

import static org.citewatch.report.ReportFixtures.citation;
import static org.citewatch.report.ReportFixtures.cite;
import static org.citewatch.report.ReportFixtures.link;
import static org.citewatch.report.ReportFixtures.skipped;
import static org.citewatch.report.ReportFixtures.snapshot;
import static org.citewatch.report.ReportFixtures.summary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.DocumentError;

/**
 * A run with known verdicts, one citation of each problem kind, and hostile text from documents and
 * servers: script tags, quotes, formulas, Markdown, non-ASCII, a very long URL.
 */
final class SampleReport {

    static final String SEOUL = "articles/Seoul.wiki";
    static final String HOSTILE_DOC = "articles/<img src=x onerror=alert(1)>.wiki";
    static final String LIST = "lists/urls.txt";

    static final String SCRIPT_TITLE = "<script>window.__pwned=1;alert(1)</script>";
    static final String SCRIPT_URL = "http://evil.example/<script>window.__pwned=2</script>?q=\"x\"&y='z'";
    static final String SCRIPT_EVIDENCE = "<img src=x onerror=\"window.__pwned=3\">";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String JAVASCRIPT_URL = "javascript:window.__pwned=4";
    static final String MARKDOWN_TITLE = "[click](javascript:alert(1)) | ![img](http://x.example/y.png) <b>bold</b>";
    static final String CHINESE_URL = "https://zh.wikipedia.org/wiki/首尔";
    static final String LONG_URL = "https://long.example/" + "segment/".repeat(500) + "end";

    static final String MOFA = "http://www.mofa.go.kr/eng/old/page.jsp?id=1";
    static final String NEWS = "http://news.example.com/2009/story";
    static final String NEWS_SNAPSHOT = "https://web.archive.org/web/20090530120000/http://news.example.com/2009/story";
    static final String ARCHIVED = "http://archived.example.org/report";
    static final String MISMATCHED = "http://alive.example.org/page";
    static final String BLOCKED = "https://blocked.example.net/paper.pdf";
    static final String ALIVE = "https://www.example.org/ok";
    static final String FTP = "ftp://files.example.org/data.zip";
    static final String FORMULA_URL = "http://formula.example/=cmd|' /C calc'!A0";
    static final String FORMULA_SNAPSHOT = "https://web.archive.org/web/20150101000000/http://formula.example/=cmd";
    static final String LISTED = "http://listed.example/gone";
    static final String LISTED_SNAPSHOT = "https://web.archive.org/web/20200202000000/http://listed.example/gone";

    private SampleReport() {}

    /** The dead links of {@link #report()}: MOFA, NEWS, ARCHIVED, SCRIPT_URL, FORMULA_URL, LONG_URL, LISTED. */
    static AuditReport report() {
        List<LinkReport> links = List.of(
                link(
                        MOFA,
                        Verdict.DEAD,
                        Reason.HTTP_404,
                        404,
                        null,
                        "Not Found",
                        null,
                        cite(SEOUL, 12, 5, MOFA, "cite web", "Foreign ministry notice", null, null, false)),
                link(
                        NEWS,
                        Verdict.DEAD,
                        Reason.SOFT_404,
                        200,
                        NEWS + "/notfound",
                        "title: Page not found",
                        snapshot(NEWS_SNAPSHOT, "2009-05-30T12:00:00Z", SnapshotSource.WAYBACK_CDX, -3L),
                        cite(SEOUL, 20, 9, NEWS, "cite news", "Seoul hosts summit", null, null, false)),
                link(
                        ARCHIVED,
                        Verdict.DEAD,
                        Reason.HTTP_410,
                        410,
                        null,
                        null,
                        null,
                        new CitationReport(
                                citation(
                                        SEOUL,
                                        25,
                                        3,
                                        ARCHIVED,
                                        "Cite news",
                                        "Archived report",
                                        "https://web.archive.org/web/20090530000000/" + ARCHIVED,
                                        true),
                                ArchiveStatus.VALID,
                                null)),
                link(
                        MISMATCHED,
                        Verdict.ALIVE,
                        Reason.OK,
                        200,
                        MISMATCHED,
                        "title: A page",
                        null,
                        new CitationReport(
                                citation(
                                        SEOUL,
                                        30,
                                        3,
                                        MISMATCHED,
                                        "cite web",
                                        "Mismatched archive",
                                        "https://web.archive.org/web/20100101000000/http://other.example.org/",
                                        false),
                                ArchiveStatus.ORIGINAL_MISMATCH,
                                null)),
                link(
                        BLOCKED,
                        Verdict.UNKNOWN,
                        Reason.BLOCKED,
                        403,
                        BLOCKED,
                        "HTTP 403 after browser headers",
                        null,
                        cite(SEOUL, 33, 1, BLOCKED, "cite journal", "A paper", null, null, false)),
                link(
                        ALIVE,
                        Verdict.ALIVE,
                        Reason.OK,
                        200,
                        ALIVE,
                        null,
                        null,
                        cite(SEOUL, 40, 1, ALIVE, "bracketed", "Official site", null, null, false),
                        cite(HOSTILE_DOC, 7, 2, ALIVE, "bare", null, null, null, false)),
                skipped(FTP, cite(SEOUL, 44, 1, FTP, "bracketed", "Data", null, null, false)),
                link(
                        SCRIPT_URL,
                        Verdict.DEAD,
                        Reason.DNS_FAILURE,
                        null,
                        null,
                        SCRIPT_EVIDENCE,
                        null,
                        cite(HOSTILE_DOC, 3, 1, SCRIPT_URL, "bracketed", SCRIPT_TITLE, null, null, false)),
                link(
                        FORMULA_URL,
                        Verdict.DEAD,
                        Reason.HTTP_404,
                        404,
                        null,
                        FORMULA_TITLE,
                        snapshot(FORMULA_SNAPSHOT, "2015-01-01T00:00:00Z", SnapshotSource.WAYBACK_AVAILABLE, null),
                        cite(HOSTILE_DOC, 4, 1, FORMULA_URL, "bare", FORMULA_TITLE, null, null, false)),
                skipped(
                        JAVASCRIPT_URL,
                        cite(HOSTILE_DOC, 5, 1, JAVASCRIPT_URL, "bare", MARKDOWN_TITLE, null, null, false)),
                link(
                        CHINESE_URL,
                        Verdict.ALIVE,
                        Reason.REDIRECTED,
                        200,
                        "https://zh.wikipedia.org/wiki/首爾",
                        "首尔特别市 — 「ソウル」",
                        null,
                        cite(HOSTILE_DOC, 6, 1, CHINESE_URL, "cite web", "首尔特别市 — 「ソウル」", null, null, false)),
                link(
                        LONG_URL,
                        Verdict.DEAD,
                        Reason.HTTP_410,
                        410,
                        null,
                        null,
                        null,
                        cite(HOSTILE_DOC, 8, 1, LONG_URL, "cite web", "Long", null, null, false)),
                link(
                        LISTED,
                        Verdict.DEAD,
                        Reason.CONNECTION_REFUSED,
                        null,
                        null,
                        "Connection refused",
                        snapshot(LISTED_SNAPSHOT, "2020-02-02T00:00:00Z", SnapshotSource.WAYBACK_CDX, null),
                        cite(LIST, 2, 1, LISTED, "list", null, null, null, false)));
        List<DocumentError> errors = List.of(
                new DocumentError("dumps/bad.xml.bz2 > <Broken>", 12, "unexpected end of <script>alert(1)</script>"));
        List<TrendPoint> trend = List.of(
                trend(38, "2026-11-19T03:00:00Z", 40, 3, 2),
                trend(39, "2026-11-20T03:00:00Z", 41, 5, 1),
                trend(40, "2026-11-21T03:00:00Z", 39, 6, 3),
                trend(41, ReportFixtures.STARTED.toString(), 4, 7, 1));
        return new AuditReport(summary(41, links, 3, errors.size()), links, errors, trend);
    }

    /** The wikitext before and after the rescue of NEWS, as citewatch fix writes it. */
    static final String NEWS_OLD =
            "{{cite news |url=" + NEWS + " |title=Seoul hosts summit}}{{dead link|date=May 2020}}";

    static final String NEWS_NEW = "{{cite news |url=" + NEWS + " |title=Seoul hosts summit |archive-url="
            + NEWS_SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead}}";

    /** A change whose old and new text carry markup and quotes from the page, for the hostile document. */
    static final String HOSTILE_OLD = "[" + SCRIPT_URL + " " + SCRIPT_TITLE + "]{{dead link|date=\"May\" 2020}}";

    static final String HOSTILE_NEW = "[" + SCRIPT_URL + " " + SCRIPT_TITLE
            + "]{{webarchive|url=https://web.archive.org/web/2020/\"><img src=x onerror=\"window.__pwned=6\">|date='2020'</script>}}";

    /** Where citewatch fix writes the documents' diffs, relative to the folder the commands run in. */
    static final java.nio.file.Path FIXES = java.nio.file.Path.of("fixes");

    /** The exact changes of NEWS (Seoul) and of SCRIPT_URL (the hostile document). */
    static WikitextChanges changes(AuditReport report) {
        List<WikitextChange> changes = new java.util.ArrayList<>();
        for (LinkReport link : report.links()) {
            for (CitationReport cited : link.citations()) {
                if (link.url().equals(NEWS)) {
                    changes.add(new WikitextChange(
                            cited.citation(), 20, 3, 800, NEWS_OLD, NEWS_NEW, FIXES.resolve("articles_Seoul.diff")));
                } else if (link.url().equals(SCRIPT_URL)) {
                    changes.add(new WikitextChange(
                            cited.citation(),
                            3,
                            1,
                            40,
                            HOSTILE_OLD,
                            HOSTILE_NEW,
                            FIXES.resolve("articles_img_src_x_onerror_alert_1_.diff")));
                }
            }
        }
        return WikitextChanges.of(changes);
    }

    private static TrendPoint trend(long runId, String startedAt, int alive, int dead, int unknown) {
        return new TrendPoint(
                runId,
                Instant.parse(startedAt),
                Map.of(Verdict.ALIVE, alive, Verdict.DEAD, dead, Verdict.UNKNOWN, unknown, Verdict.SKIPPED, 2));
    }
}
