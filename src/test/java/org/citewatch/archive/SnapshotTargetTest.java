package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDates;
import org.citewatch.extract.DeadLinkTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 item 3: the snapshot's target date when a citation has no access date. */
class SnapshotTargetTest {

    private static final LocalDate FIRST_SEEN = LocalDate.of(2026, 12, 1);

    static Citation citation(String accessDate, String date, String archiveDate, String tagDate) {
        return new Citation(
                "核安全峰會",
                3,
                5,
                "http://www.example.go.kr/summit/overview.jsp?menu=1",
                "http://www.example.go.kr/summit/overview.jsp?menu=1",
                date == null && accessDate == null ? "bracketed" : "cite web",
                null,
                "Summit",
                null,
                archiveDate == null ? null : CitationDates.parse(archiveDate),
                accessDate == null ? null : CitationDates.parse(accessDate),
                tagDate != null,
                null,
                tagDate == null ? null : new DeadLinkTag("Dead link", CitationDates.parse(tagDate), "IABot", "no"),
                null,
                1,
                null,
                date == null ? null : CitationDates.parse(date));
    }

    @ParameterizedTest(name = "access {0}, date {1}, archive {2}, tag {3} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # the access date wins whenever there is one
            2012-03-20 | 2010-01-05 | 2011-01-01 | 2018年6月   | 2012-03-20 | ACCESS_DATE
            # no access date: the day before the dead-link tag's date (month precision: before its first day)
            NULL       | NULL       | NULL       | 2018年6月   | 2018-05-31 | DEAD_LINK_TAG
            NULL       | NULL       | NULL       | June 2018  | 2018-05-31 | DEAD_LINK_TAG
            NULL       | NULL       | NULL       | 2018-06-15 | 2018-06-14 | DEAD_LINK_TAG
            # the citation's own date=, when earlier than the tag
            NULL       | 2012-03-27 | NULL       | 2018年6月   | 2012-03-27 | CITATION_DATE
            NULL       | 2012年3月    | NULL       | NULL       | 2012-03-01 | CITATION_DATE
            # the archive date, when earliest
            NULL       | 2012-03-27 | 2011-05-02 | 2018年6月   | 2011-05-02 | ARCHIVE_DATE
            # unparsed dates are ignored
            NULL       | Spring 2012 | NULL      | 2018年6月   | 2018-05-31 | DEAD_LINK_TAG
            sometime   | NULL       | NULL       | NULL       | 2026-12-01 | FIRST_SEEN
            # nothing in the wikitext: when citewatch first saw the URL
            NULL       | NULL       | NULL       | NULL       | 2026-12-01 | FIRST_SEEN
            """)
    void takesTheEarliestDateTheWikitextGives(
            String access, String date, String archive, String tag, LocalDate target, SnapshotTarget.Basis basis) {
        SnapshotTarget chosen = SnapshotTarget.of(citation(access, date, archive, tag), FIRST_SEEN);

        assertThat(chosen.date()).isEqualTo(target);
        assertThat(chosen.basis()).isEqualTo(basis);
    }

    @Test
    void aTagTargetIsMeasuredFromTheTagsOwnDate() {
        SnapshotTarget tag = SnapshotTarget.of(citation(null, null, null, "2018年6月"), FIRST_SEEN);

        assertThat(tag.date()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(tag.reference()).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(tag.named().iso()).isEqualTo("2018-06");
    }
}
