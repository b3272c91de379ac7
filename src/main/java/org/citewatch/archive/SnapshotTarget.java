package org.citewatch.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;

/**
 * The date a citation's snapshot should be closest before, and which date of the citation it comes
 * from, so that reports can say what a snapshot's distance is measured from.
 *
 * <p>The access date when the citation has one (the editor saw the page then). Otherwise the earliest
 * date the wikitext gives: the citation's {@code date=}, its {@code archive-date=}, or the day before
 * its {@code {{dead link}}} tag's date (the link was already dead then; a month-precision tag
 * {@code 2018年6月} means before 2018-06-01). Otherwise the day citewatch first saw the URL.
 *
 * @param date the target day
 * @param basis which date it comes from
 * @param named the date as the wikitext gives it ({@code 2018-06} for a tag), or {@code null} for
 *     {@link Basis#FIRST_SEEN}
 */
public record SnapshotTarget(LocalDate date, Basis basis, CitationDate named) {

    /** Which date a target comes from. */
    public enum Basis {
        ACCESS_DATE("the access date"),
        CITATION_DATE("the citation's date"),
        ARCHIVE_DATE("the citation's archive date"),
        DEAD_LINK_TAG("the {{dead link}} date"),
        FIRST_SEEN("the day citewatch first saw the link");

        private final String text;

        Basis(String text) {
            this.text = text;
        }

        /** How reports name it: {@code the access date}. */
        public String text() {
            return text;
        }
    }

    public SnapshotTarget {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        if ((named == null) != (basis == Basis.FIRST_SEEN)) {
            throw new IllegalArgumentException("a target names its wikitext date unless it is the first-seen day");
        }
    }

    /**
     * The target the wikitext gives for a citation: its access date, else the earliest of its date, its
     * archive date and the day before its dead-link tag's date. Unparsed dates are ignored.
     *
     * @return empty when the wikitext gives no usable date
     */
    public static Optional<SnapshotTarget> fromWikitext(Citation citation) {
        if (parsed(citation.accessDate())) {
            return Optional.of(
                    new SnapshotTarget(citation.accessDate().value(), Basis.ACCESS_DATE, citation.accessDate()));
        }
        SnapshotTarget earliest = null;
        if (parsed(citation.date())) {
            earliest = new SnapshotTarget(citation.date().value(), Basis.CITATION_DATE, citation.date());
        }
        if (parsed(citation.archiveDate())) {
            earliest = earlier(
                    earliest,
                    new SnapshotTarget(citation.archiveDate().value(), Basis.ARCHIVE_DATE, citation.archiveDate()));
        }
        if (citation.deadLinkTag() != null && parsed(citation.deadLinkTag().date())) {
            CitationDate tagged = citation.deadLinkTag().date();
            earliest = earlier(earliest, new SnapshotTarget(tagged.value().minusDays(1), Basis.DEAD_LINK_TAG, tagged));
        }
        return Optional.ofNullable(earliest);
    }

    /** The wikitext's target, else the day the URL was first seen. */
    public static SnapshotTarget of(Citation citation, LocalDate firstSeen) {
        return fromWikitext(citation).orElseGet(() -> new SnapshotTarget(firstSeen, Basis.FIRST_SEEN, null));
    }

    /**
     * The day the basis names: the target itself, but the tag's own date for a {@code {{dead link}}}
     * target (which is the day before it), so that "N days before the {{dead link}} date" is exact.
     */
    public LocalDate reference() {
        return basis == Basis.DEAD_LINK_TAG ? named.value() : date;
    }

    private static SnapshotTarget earlier(SnapshotTarget a, SnapshotTarget b) {
        return a == null || b.date.isBefore(a.date) ? b : a;
    }

    private static boolean parsed(CitationDate date) {
        return date != null && date.value() != null;
    }
}
