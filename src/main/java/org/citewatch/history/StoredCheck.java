package org.citewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/** One stored check of a link, as {@code citewatch history} prints it. */
public record StoredCheck(
        long runId,
        Instant checkedAt,
        Verdict verdict,
        Reason reason,
        Integer httpStatus,
        String finalUrl,
        Duration elapsed,
        String evidence) {

    public StoredCheck {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
