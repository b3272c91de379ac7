package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDates;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.DeadLinkTag;
import org.citewatch.report.CitationReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 3 and issue 11 item 2: the snapshot a link row shows, among its citations' findings.
 */
class LinkSnapshotTest {

    private static final String URL = "http://www.example.go.kr/summit/overview.jsp?menu=1";
    private static final LocalDate FIRST_SEEN = LocalDate.of(2026, 11, 1);

    private static Citation citation(String template, String date, String tagDate, String archiveUrl) {
        return new Citation(
                "page",
                1,
                1,
                URL,
                URL,
                template,
                null,
                null,
                archiveUrl,
                null,
                null,
                tagDate != null,
                null,
                tagDate == null ? null : new DeadLinkTag("dead link", CitationDates.parse(tagDate), null, null),
                null,
                1,
                null,
                date == null ? null : CitationDates.parse(date));
    }

    private static CitationReport found(Citation citation, ArchiveStatus own, Snapshot snapshot) {
        return new CitationReport(
                citation, own, snapshot, SnapshotTarget.of(citation, FIRST_SEEN), DateStyle.detect("", null));
    }

    private static Snapshot capture(String day) {
        return new Snapshot(
                "https://web.archive.org/web/" + day.replace("-", "") + "000000/" + URL,
                Instant.parse(day + "T00:00:00Z"),
                SnapshotSource.WAYBACK_CDX,
                ArchiveStatus.VALID,
                0L);
    }

    @Test
    void takesTheSnapshotOfTheCitationWithTheEarliestTargetDate() {
        CitationReport undatedListEntry = found(citation("list", null, null, null), null, capture("2026-10-30"));
        CitationReport datedLater = found(citation("cite web", "2015-01-10", null, null), null, capture("2015-01-09"));
        CitationReport taggedEarlier = found(citation("bracketed", null, "2013年6月", null), null, capture("2013-05-20"));

        assertThat(LinkSnapshot.choose(List.of(undatedListEntry, datedLater, taggedEarlier)))
                .contains(capture("2013-05-20"));
    }

    @Test
    void anUndatedCitationNeverOverridesADatedOne() {
        // The list entry's first-seen target is older than the dated citation's, but it says nothing.
        CitationReport undated = new CitationReport(
                citation("list", null, null, null),
                null,
                capture("2001-01-01"),
                SnapshotTarget.of(citation("list", null, null, null), LocalDate.of(2001, 1, 1)),
                DateStyle.detect("", null));
        CitationReport dated = found(citation("cite web", "2015-01-10", null, null), null, capture("2015-01-09"));

        assertThat(LinkSnapshot.choose(List.of(undated, dated))).contains(capture("2015-01-09"));
        assertThat(LinkSnapshot.choose(List.of(undated))).contains(capture("2001-01-01"));
    }

    @Test
    void aCitationsOwnValidArchiveIsPreferredToALookedUpOne() {
        String own = "https://web.archive.org/web/20120301101010/" + URL;
        CitationReport lookedUp = found(citation("bracketed", null, "2013年6月", null), null, capture("2013-05-20"));
        CitationReport withOwn = found(citation("cite web", null, null, own), ArchiveStatus.VALID, null);
        CitationReport withBadOwn = found(
                citation("cite web", "2010-01-01", null, "https://web.archive.org/web/2012/x"),
                ArchiveStatus.MISSING_TIMESTAMP,
                null);

        Snapshot chosen =
                LinkSnapshot.choose(List.of(lookedUp, withBadOwn, withOwn)).orElseThrow();

        assertThat(chosen.url()).isEqualTo(own);
        assertThat(chosen.source()).isEqualTo(SnapshotSource.CITATION);
        assertThat(chosen.timestamp()).isEqualTo(Instant.parse("2012-03-01T00:00:00Z"));
    }

    @Test
    void noSnapshotWhenNoCitationHasOne() {
        assertThat(LinkSnapshot.choose(List.of(found(citation("bare", null, null, null), null, null))))
                .isEmpty();
    }
}
