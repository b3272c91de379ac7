package org.citewatch.job;

import java.util.Objects;
import org.citewatch.report.AuditReport;

/** The CI gate applied to a run's report ({@code --fail-on}, {@code --max-dead}). */
@FunctionalInterface
public interface AuditGate {

    Decision decide(AuditReport report);

    /**
     * @param passed whether the policy holds
     * @param message one line for the person or CI log reading the outcome
     */
    record Decision(boolean passed, String message) {
        public Decision {
            Objects.requireNonNull(message, "message");
        }
    }
}
