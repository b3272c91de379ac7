package org.citewatch.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.extract.Citation;

/**
 * A citation of a run that the archive step looks at: its link is dead (this run or confirmed), it
 * is tagged dead in the wikitext, or it carries an archive URL to validate.
 *
 * @param linkDead the link's latest verdict is DEAD, or it is confirmed dead
 * @param firstSeen when citewatch first saw the URL: the snapshot target when the wikitext gives no date
 */
public record ArchiveCandidate(long citationId, Citation citation, boolean linkDead, Instant firstSeen) {

    public ArchiveCandidate {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }

    /** What a snapshot should be closest before, and why ({@link SnapshotTarget}). */
    public SnapshotTarget target() {
        return SnapshotTarget.of(citation, firstSeen.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * The date a snapshot should be closest before: the access date, else the earliest date the wikitext
     * gives (date, archive date, the day before a dead-link tag's date), else when the URL was first seen.
     */
    public LocalDate targetDate() {
        return target().date();
    }
}
