package org.citewatch.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.citewatch.extract.Citation;

/**
 * A citation of a run that the archive step looks at: its link is dead (this run or confirmed), it
 * is tagged dead in the wikitext, or it carries an archive URL to validate.
 *
 * @param linkDead the link's latest verdict is DEAD, or it is confirmed dead
 * @param firstSeen when citewatch first saw the URL: the snapshot target when the citation has no date
 */
public record ArchiveCandidate(long citationId, Citation citation, boolean linkDead, Instant firstSeen) {

    public ArchiveCandidate {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }

    /** The date a snapshot should be closest to: the access date, else when the URL was first seen. */
    public LocalDate targetDate() {
        if (citation.accessDate() != null && citation.accessDate().value() != null) {
            return citation.accessDate().value();
        }
        return firstSeen.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
