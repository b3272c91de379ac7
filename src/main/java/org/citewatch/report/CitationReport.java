package org.citewatch.report;

import java.util.Objects;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.extract.Citation;

/**
 * One citation of a link, with what was found about its own archive.
 *
 * @param archiveStatus the verdict on the archive URL the citation carries, or {@code null} when it
 *     carries none
 * @param snapshot the snapshot chosen for this citation (closest to its own access date), or {@code null}
 */
public record CitationReport(Citation citation, ArchiveStatus archiveStatus, Snapshot snapshot) {

    public CitationReport {
        Objects.requireNonNull(citation, "citation");
    }
}
