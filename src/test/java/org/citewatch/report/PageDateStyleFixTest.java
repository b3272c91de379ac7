package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 item 4: every date citewatch writes into suggested wikitext follows the page. The mofa case:
 * a zh page was offered {@code {{dead link|date=December 2026}}}.
 */
class PageDateStyleFixTest {

    private static final String URL = "http://gone.example/page";
    private static final String SNAPSHOT = "https://web.archive.org/web/20160302101500/" + URL;

    private static Citation citation(String template) {
        return new Citation(
                "page", 1, 1, URL, URL, template, null, "T", null, null, null, false, null, null, null, 1, null, null);
    }

    private static String fix(String language, String pageText, String template, Snapshot snapshot) {
        Citation cited = citation(template);
        CitationReport citation = new CitationReport(
                cited,
                null,
                snapshot,
                SnapshotTarget.of(cited, LocalDate.of(2026, 12, 1)),
                DateStyle.detect(pageText, language));
        LinkReport dead = ReportFixtures.link(URL, Verdict.DEAD, Reason.HTTP_404, 404, URL, null, null, citation);
        LinkReport checkedInDecember = new LinkReport(
                dead.url(),
                dead.verdict(),
                dead.reason(),
                dead.httpStatus(),
                dead.finalUrl(),
                Instant.parse("2026-12-02T06:00:00Z"),
                true,
                false,
                null,
                null,
                dead.history(),
                dead.citations());
        return FixSuggestion.forCitation(checkedInDecember, citation).orElseThrow();
    }

    private static Snapshot snapshot() {
        return new Snapshot(
                SNAPSHOT, Instant.parse("2016-03-02T10:15:00Z"), SnapshotSource.WAYBACK_CDX, ArchiveStatus.VALID, -5L);
    }

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # no snapshot: the dead-link tag's month
            zh | no dates                         | bracketed | '{{dead link|date=2026年12月}}'
            ja | no dates                         | bare      | '{{dead link|date=2026年12月}}'
            en | no dates                         | bracketed | '{{dead link|date=December 2026}}'
            en | '{{use dmy dates}}'              | cite web  | '{{dead link|date=December 2026}}'
            de | no dates                         | bracketed | '{{dead link|date=Dezember 2026}}'
            """)
    void datesTheDeadLinkTagThePagesWay(String language, String page, String template, String expected) {
        assertThat(fix(language, page, template, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # zh and ja: 2016年3月2日, or ISO where the page's citations use ISO
            zh | no dates                                        | cite web  | '|archive-date=2016年3月2日 '
            ja | no dates                                        | bracketed | '|date=2016年3月2日}}'
            zh | '{{cite web|access-date=2009-05-30}}'           | cite web  | '|archive-date=2016-03-02 '
            # en: per {{use dmy dates}} / {{use mdy dates}}, else ISO
            en | '{{Use dmy dates|date=May 2019}}'               | cite web  | '|archive-date=2 March 2016 '
            en | '{{use mdy dates}}'                             | bracketed | '|date=March 2, 2016}}'
            en | no dates                                        | cite web  | '|archive-date=2016-03-02 '
            """)
    void datesTheArchiveThePagesWay(String language, String page, String template, String expected) {
        assertThat(fix(language, page, template, snapshot())).contains(expected);
    }
}
