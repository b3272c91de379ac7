package org.citewatch.report;

import java.util.Objects;
import java.util.Optional;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftKind;
import org.citewatch.extract.Citation;

/**
 * One citation with its link and what it needs: the unit every renderer lists.
 *
 * @param fallback a usable snapshot found by the archive lookups (never the citation's own archive),
 *     or empty
 * @param fix the wikitext to paste, or empty when there is nothing to change
 * @param change the exact change {@code citewatch fix} makes for the citation, or empty when it makes
 *     none (or the report was written without the fix plan)
 */
record CitationRow(
        LinkReport link,
        CitationReport report,
        ProblemKind kind,
        Optional<Snapshot> fallback,
        Optional<String> fix,
        Optional<WikitextChange> change) {

    CitationRow {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(change, "change");
    }

    static CitationRow of(LinkReport link, CitationReport citation) {
        return of(link, citation, WikitextChanges.none());
    }

    static CitationRow of(LinkReport link, CitationReport citation, WikitextChanges changes) {
        Optional<Snapshot> fallback = fallbackOf(link, citation);
        ProblemKind kind = kindOf(link, citation, fallback.isPresent());
        return new CitationRow(
                link,
                citation,
                kind,
                fallback,
                FixSuggestion.forCitation(link, citation),
                changes.forCitation(citation.citation()));
    }

    Citation citation() {
        return report.citation();
    }

    /** The status of the citation's own archive link that makes it a problem, if any. */
    Optional<ArchiveStatus> badArchiveStatus() {
        ArchiveStatus status = report.archiveStatus();
        if (citation().archiveUrl() == null || status == null || !isBad(status)) {
            return Optional.empty();
        }
        return Optional.of(status);
    }

    static Optional<Snapshot> fallbackOf(LinkReport link, CitationReport citation) {
        // The citation's own pick (closest before its own target date) wins over the link-wide one.
        if (usable(citation.snapshot())) {
            return Optional.of(citation.snapshot());
        }
        Snapshot linkWide = link.archive();
        boolean usableLinkWide = linkWide != null
                && linkWide.status() == ArchiveStatus.VALID
                // another citation's own working archive is a fine suggestion; this one's own is not new
                && !linkWide.url().equals(citation.citation().archiveUrl());
        return usableLinkWide ? Optional.of(linkWide) : Optional.empty();
    }

    static ProblemKind kindOf(LinkReport link, CitationReport citation, boolean fallbackFound) {
        boolean ownValid = citation.citation().archiveUrl() != null && citation.archiveStatus() == ArchiveStatus.VALID;
        boolean ownBad = citation.citation().archiveUrl() != null
                && citation.archiveStatus() != null
                && isBad(citation.archiveStatus());
        if (link.verdict() == Verdict.DEAD) {
            if (ownValid && citation.drift() != null && citation.drift().kind() == DriftKind.USURPED) {
                return ProblemKind.USURPED; // treat-as-dead: the archive stands, but url-status must say usurped
            }
            if (ownValid) {
                return link.confirmedDead() && markedLive(citation.citation())
                        ? ProblemKind.MARKED_LIVE_DEAD
                        : ProblemKind.DEAD_ARCHIVED;
            }
            return fallbackFound ? ProblemKind.DEAD_FALLBACK : ProblemKind.DEAD_UNARCHIVED;
        }
        // a live link that shows another page or another owner: the reader gets the wrong page
        if (link.verdict() == Verdict.ALIVE && citation.drift() != null) {
            return switch (citation.drift().kind()) {
                case USURPED -> ProblemKind.USURPED;
                case CONTENT_CHANGED -> ProblemKind.CONTENT_CHANGED;
            };
        }
        if (ownBad) {
            return ProblemKind.BAD_ARCHIVE;
        }
        if (link.verdict() == Verdict.ALIVE && citation.citation().markedDead()) {
            return ProblemKind.TAGGED_DEAD_ALIVE;
        }
        return link.verdict() == Verdict.UNKNOWN ? ProblemKind.UNKNOWN : ProblemKind.NONE;
    }

    /** {@code url-status=live} (CS1; {@code deadurl=no} is the old spelling). */
    static boolean markedLive(Citation citation) {
        String status = citation.urlStatus();
        return status != null
                && (status.strip().equalsIgnoreCase("live") || status.strip().equalsIgnoreCase("no"));
    }

    private static boolean usable(Snapshot snapshot) {
        return snapshot != null
                && snapshot.status() == ArchiveStatus.VALID
                && snapshot.source() != SnapshotSource.CITATION;
    }

    // An unreachable archive is a transient condition, not something an editor should change.
    private static boolean isBad(ArchiveStatus status) {
        return status != ArchiveStatus.VALID && status != ArchiveStatus.UNREACHABLE_ARCHIVE;
    }
}
