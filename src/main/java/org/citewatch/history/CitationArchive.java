package org.citewatch.history;

import java.util.Objects;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;

/**
 * What the archive step found for one citation.
 *
 * @param archiveStatus the verdict on the archive URL the citation carries, or {@code null} when none
 * @param lookup the outcome of the snapshot search
 * @param snapshot the snapshot found, present exactly when {@code lookup} is {@link Lookup#FOUND}
 */
public record CitationArchive(long citationId, ArchiveStatus archiveStatus, Lookup lookup, Snapshot snapshot) {

    /** The outcome of a snapshot search, as stored. */
    public enum Lookup {
        /** No search was needed (a live link whose citation only carries an archive URL). */
        NOT_NEEDED,
        FOUND,
        NOT_ARCHIVED,
        /** The archive could not answer; asked again next run. */
        UNAVAILABLE,
        /** The run's CDX budget was spent before this lookup needed CDX; asked again next run. */
        DEFERRED
    }

    public CitationArchive {
        Objects.requireNonNull(lookup, "lookup");
        if ((lookup == Lookup.FOUND) != (snapshot != null)) {
            throw new IllegalArgumentException("a snapshot is present exactly when one was found");
        }
    }
}
