package org.citewatch.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * An archived copy offered for a link.
 *
 * @param url the replay URL ({@code https://web.archive.org/web/<14 digits>/<original>})
 * @param timestamp when it was captured
 * @param source where it came from
 * @param status {@link ArchiveStatus#VALID} for a usable snapshot; otherwise what is wrong with it
 * @param distanceDays days between the capture and the citation's access date (negative: before),
 *     or {@code null} when the citation has no date to compare with
 */
public record Snapshot(String url, Instant timestamp, SnapshotSource source, ArchiveStatus status, Long distanceDays) {

    public Snapshot {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
