package org.citewatch.archive;

import java.util.Objects;

/**
 * The verdict on one replayed capture.
 *
 * @param status {@link ArchiveStatus#VALID}, {@link ArchiveStatus#BAD_CAPTURE} or {@link
 *     ArchiveStatus#UNREACHABLE_ARCHIVE}
 * @param reason what it rests on, for logs and reports
 * @param halt whether the replay endpoint keeps answering 429 (only with UNREACHABLE_ARCHIVE)
 */
record ReplayCheck(ArchiveStatus status, String reason, boolean halt) {

    ReplayCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    static ReplayCheck valid(String reason) {
        return new ReplayCheck(ArchiveStatus.VALID, reason, false);
    }

    static ReplayCheck bad(String reason) {
        return new ReplayCheck(ArchiveStatus.BAD_CAPTURE, reason, false);
    }

    static ReplayCheck unreachable(String reason, boolean halt) {
        return new ReplayCheck(ArchiveStatus.UNREACHABLE_ARCHIVE, reason, halt);
    }

    /** Whether the verdict is about the capture itself and so never changes. */
    boolean lasting() {
        return status != ArchiveStatus.UNREACHABLE_ARCHIVE;
    }
}
