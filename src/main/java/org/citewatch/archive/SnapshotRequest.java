package org.citewatch.archive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A URL and the date a snapshot of it should be closest before, as for {@link
 * ArchiveAdvisor#findSnapshot(String, LocalDate)}.
 *
 * @param url the normalized URL
 * @param target the date the citation gives ({@link SnapshotTarget}), else when citewatch first saw the URL; or
 *     {@code null} for the newest capture
 */
public record SnapshotRequest(String url, LocalDate target) {

    public SnapshotRequest {
        Objects.requireNonNull(url, "url");
    }
}
