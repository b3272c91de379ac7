package org.citewatch.fix;

import java.util.Objects;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;

/**
 * What an audit found about one citation: its link's verdict and confirmed states, the verdict on
 * the archive it carries and the snapshot found for it.
 *
 * @param confirmedDead the history's confirmed-dead rule holds for the link
 * @param confirmedAlive the same rule holds in the other direction (enough ALIVE checks over enough days)
 * @param archiveStatus the verdict on the citation's own archive, or {@code null}
 * @param snapshot the snapshot found for the citation, or {@code null}
 */
record Finding(
        Citation citation,
        Verdict verdict,
        boolean confirmedDead,
        boolean confirmedAlive,
        ArchiveStatus archiveStatus,
        Snapshot snapshot) {

    Finding {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The snapshot, when it is one to offer (a verified capture). */
    Snapshot usableSnapshot() {
        return snapshot != null && snapshot.status() == ArchiveStatus.VALID ? snapshot : null;
    }
}
