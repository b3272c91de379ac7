package org.citewatch.job;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citewatch.check.Verdict;

/**
 * How an {@code audit} ended, for the command line to print and turn into an exit code.
 *
 * @param runId the run's id in the history, or -1 when no run was started
 * @param counts documents, citations, unique URLs, errors, and links per verdict; empty when the run
 *     did not reach its report
 * @param notes lines worth telling the user (a failed step, halted archive lookups, the gate)
 */
public record AuditOutcome(Status status, long runId, Counts counts, List<String> notes) {

    /** How a run ended. */
    public enum Status {
        /** Finished and the gate passed. */
        PASSED,
        /** Finished but the gate policy is broken. */
        GATE_FAILED,
        /** Finished without reading any document. */
        NO_DOCUMENTS,
        /** Stopped by a failure; running the same audit again resumes it. */
        FAILED,
        /** Another run holds the database; nothing was touched. */
        IN_PROGRESS
    }

    /**
     * A finished run's counts.
     *
     * @param archiveDeferred citations whose archive lookup waits for the next run (CDX budget spent)
     */
    public record Counts(
            int documents,
            int citations,
            int uniqueUrls,
            int errors,
            Map<Verdict, Integer> byVerdict,
            int archiveDeferred) {
        public Counts {
            byVerdict = Map.copyOf(byVerdict);
        }

        static final Counts NONE = new Counts(0, 0, 0, 0, Map.of(), 0);
    }

    public AuditOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        notes = List.copyOf(notes);
    }
}
