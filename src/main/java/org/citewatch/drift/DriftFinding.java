package org.citewatch.drift;

import java.time.Instant;
import java.util.Objects;

/**
 * What the drift step found about one citation, with the evidence an editor compares side by side.
 *
 * @param kind content changed, or the host usurped
 * @param citedTitle the title the citation gives, or {@code null} when it gives none
 * @param liveTitle the page's title today (its main heading when it has no title), or {@code null}
 *     when the page said nothing (not HTML)
 * @param captureTitle the archived capture's title (or heading), or {@code null} when none was read
 * @param captureUrl the capture's replay URL, or {@code null}
 * @param capturedAt when the capture was made, or {@code null}
 * @param evidence what the finding rests on, in one sentence
 * @param countsAsDead whether {@code citewatch.drift.treat-as-dead} made the link count as dead
 */
public record DriftFinding(
        DriftKind kind,
        String citedTitle,
        String liveTitle,
        String captureTitle,
        String captureUrl,
        Instant capturedAt,
        String evidence,
        boolean countsAsDead) {

    public DriftFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if ((captureUrl == null) != (capturedAt == null)) {
            throw new IllegalArgumentException("a capture has both a URL and a time, or neither");
        }
    }
}
