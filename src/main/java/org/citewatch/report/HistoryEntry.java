package org.citewatch.report;

import java.time.Instant;
import java.util.Objects;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/** One past check of a link. */
public record HistoryEntry(Instant checkedAt, Verdict verdict, Reason reason, Integer httpStatus) {

    public HistoryEntry {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
