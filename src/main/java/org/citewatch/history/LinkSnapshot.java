package org.citewatch.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.CitationDates;
import org.citewatch.report.CitationReport;

/**
 * Chooses the one snapshot a link row shows (issue 10 item 3, issue 11 item 2):
 *
 * <ol>
 *   <li>a citation's own archive link that validated, in preference to any looked-up one: an editor
 *       chose it, and it is already in the page;
 *   <li>otherwise the snapshot found for the citation with the earliest target date. A citation whose
 *       wikitext gives no date (a URL-list entry, a bare link without tag), measured from when
 *       citewatch first saw the URL, never overrides one that gives a date.
 * </ol>
 *
 * Ties keep the citations' report order (document name, then position).
 */
final class LinkSnapshot {

    /** Dated targets first, then by date. */
    private static final Comparator<SnapshotTarget> EARLIEST_DATED = Comparator.comparing(
                    (SnapshotTarget t) -> t.basis() == SnapshotTarget.Basis.FIRST_SEEN)
            .thenComparing(SnapshotTarget::date);

    private LinkSnapshot() {}

    static Optional<Snapshot> choose(List<CitationReport> citations) {
        Optional<Snapshot> own = citations.stream()
                .filter(c -> c.citation().archiveUrl() != null && c.archiveStatus() == ArchiveStatus.VALID)
                .sorted(Comparator.comparing(LinkSnapshot::targetOf, Comparator.nullsLast(EARLIEST_DATED)))
                .map(LinkSnapshot::ownArchive)
                .flatMap(Optional::stream)
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return citations.stream()
                .filter(c -> c.snapshot() != null)
                .min(Comparator.comparing(LinkSnapshot::targetOf, Comparator.nullsLast(EARLIEST_DATED)))
                .map(CitationReport::snapshot);
    }

    private static SnapshotTarget targetOf(CitationReport citation) {
        return citation.target();
    }

    /** The citation's own archive as a snapshot, dated by its capture timestamp, else its archive date. */
    private static Optional<Snapshot> ownArchive(CitationReport citation) {
        String url = citation.citation().archiveUrl();
        CitationDate captured = CitationDates.fromArchiveUrl(url);
        if (captured == null) {
            captured = citation.citation().archiveDate();
        }
        if (captured == null || captured.value() == null) {
            return Optional.empty();
        }
        Instant at = captured.value().atStartOfDay(ZoneOffset.UTC).toInstant();
        SnapshotTarget target = citation.target();
        Long distance = target == null ? null : days(target.date(), captured.value());
        return Optional.of(new Snapshot(url, at, SnapshotSource.CITATION, ArchiveStatus.VALID, distance));
    }

    private static long days(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }
}
