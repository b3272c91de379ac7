package org.citewatch.report;

import java.util.Objects;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.drift.DriftFinding;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;

/**
 * One citation of a link, with what was found about its own archive.
 *
 * @param archiveStatus the verdict on the archive URL the citation carries, or {@code null} when it
 *     carries none
 * @param snapshot the snapshot chosen for this citation (closest before its {@code target}), or {@code null}
 * @param target the date its snapshot was looked for and why ({@link SnapshotTarget}), or {@code null}
 *     when not known (then only the wikitext's dates are)
 * @param dateStyle how the citation's page writes dates: suggested fixes write theirs so
 * @param drift what the drift step found (content changed, host usurped), or {@code null} when nothing
 */
public record CitationReport(
        Citation citation,
        ArchiveStatus archiveStatus,
        Snapshot snapshot,
        SnapshotTarget target,
        DateStyle dateStyle,
        DriftFinding drift) {

    public CitationReport {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(dateStyle, "dateStyle");
    }

    /** A citation the drift step found nothing about. */
    public CitationReport(
            Citation citation,
            ArchiveStatus archiveStatus,
            Snapshot snapshot,
            SnapshotTarget target,
            DateStyle dateStyle) {
        this(citation, archiveStatus, snapshot, target, dateStyle, null);
    }

    /**
     * A citation whose target is what its wikitext gives (if anything) and whose page's date style is
     * that of an unknown language without dates ({@link DateStyle#detect}).
     */
    public CitationReport(Citation citation, ArchiveStatus archiveStatus, Snapshot snapshot) {
        this(
                citation,
                archiveStatus,
                snapshot,
                SnapshotTarget.fromWikitext(citation).orElse(null),
                DateStyle.detect("", null));
    }
}
