package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.extract.CitationDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 item 3: a snapshot note names the date it measured from, never "access" without one. */
class SnapshotNoteTest {

    @ParameterizedTest(name = "{0} {1}, captured {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ACCESS_DATE   | 2009-06-02 | 2009-05-30 | 3 days before the access date
            ACCESS_DATE   | 2009-06-02 | 2009-06-02 | on the access date
            ACCESS_DATE   | 2009-06-02 | 2009-06-03 | 1 day after the access date
            CITATION_DATE | 2012-03-27 | 2012-04-02 | 6 days after the citation's date
            ARCHIVE_DATE  | 2011-05-02 | 2011-05-01 | 1 day before the citation's archive date
            # a tag target is the day before the tag's date; the note counts from the tag's own date
            DEAD_LINK_TAG | 2018年6月    | 2018-05-31 | 1 day before the {{dead link}} date 2018-06
            DEAD_LINK_TAG | 2018年6月    | 2016-03-02 | 821 days before the {{dead link}} date 2018-06
            FIRST_SEEN    | 2026-12-01 | 2026-11-21 | 10 days before the day citewatch first saw the link
            """)
    void namesTheDateItMeasuredFrom(SnapshotTarget.Basis basis, String named, LocalDate captured, String expected) {
        var date = CitationDates.parse(named);
        SnapshotTarget target = basis == SnapshotTarget.Basis.FIRST_SEEN
                ? new SnapshotTarget(date.value(), basis, null)
                : new SnapshotTarget(
                        basis == SnapshotTarget.Basis.DEAD_LINK_TAG
                                ? date.value().minusDays(1)
                                : date.value(),
                        basis,
                        date);
        Snapshot snapshot = new Snapshot(
                "https://web.archive.org/web/x/http://a.example/",
                Instant.parse(captured + "T12:00:00Z"),
                SnapshotSource.WAYBACK_CDX,
                ArchiveStatus.VALID,
                null);

        assertThat(SnapshotNote.of(snapshot, target)).isEqualTo(expected);
    }
}
