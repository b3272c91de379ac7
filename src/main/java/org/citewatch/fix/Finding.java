package org.citewatch.fix;

import java.util.Objects;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftKind;
import org.citewatch.extract.Citation;

/**
 * What an audit found about one citation: its link's verdict and confirmed states, the verdict on
 * the archive it carries and the snapshot found for it.
 *
 * @param confirmedDead the history's confirmed-dead rule holds for the link
 * @param confirmedAlive the same rule holds in the other direction (enough ALIVE checks over enough days)
 * @param archiveStatus the verdict on the citation's own archive, or {@code null}
 * @param snapshot the snapshot found for the citation, or {@code null}
 * @param drift what the drift step found about the citation (issue 17), or {@code null}
 */
record Finding(
        Citation citation,
        Verdict verdict,
        boolean confirmedDead,
        boolean confirmedAlive,
        ArchiveStatus archiveStatus,
        Snapshot snapshot,
        DriftFinding drift) {

    Finding {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A finding the drift step had nothing to say about. */
    Finding(
            Citation citation,
            Verdict verdict,
            boolean confirmedDead,
            boolean confirmedAlive,
            ArchiveStatus archiveStatus,
            Snapshot snapshot) {
        this(citation, verdict, confirmedDead, confirmedAlive, archiveStatus, snapshot, null);
    }

    /** The snapshot, when it is one to offer (a verified capture). */
    Snapshot usableSnapshot() {
        return snapshot != null && snapshot.status() == ArchiveStatus.VALID ? snapshot : null;
    }

    /**
     * The archive to offer for a usurped host's citation: the snapshot found, else the capture the drift
     * step read and compared (a real page, replayed); {@code null} when neither.
     */
    Snapshot usurpedArchive() {
        if (usableSnapshot() != null) {
            return usableSnapshot();
        }
        if (drift == null || drift.captureUrl() == null) {
            return null;
        }
        return new Snapshot(drift.captureUrl(), drift.capturedAt(), SnapshotSource.DRIFT, ArchiveStatus.VALID, null);
    }

    /** Whether the drift step found the citation's host usurped. */
    boolean usurped() {
        return drift != null && drift.kind() == DriftKind.USURPED;
    }
}
