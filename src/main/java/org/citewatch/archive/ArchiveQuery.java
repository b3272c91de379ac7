package org.citewatch.archive;

import java.time.LocalDate;
import java.util.Objects;
import org.citewatch.extract.Citation;

/**
 * One citation the archive step examines.
 *
 * @param citation the citation, with the archive URL it may carry
 * @param linkDead whether its link is dead (this run or confirmed): then the archive is what a reader
 *     gets, so its capture is checked and a snapshot is found when it has no valid one
 * @param target the date a snapshot should be closest before, or {@code null} for the newest
 */
public record ArchiveQuery(Citation citation, boolean linkDead, LocalDate target) {

    public ArchiveQuery {
        Objects.requireNonNull(citation, "citation");
    }
}
