package org.citewatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/**
 * One run of the audit.
 *
 * @param id the run's id in the history database
 * @param finishedAt when it finished, or {@code null} while it runs
 * @param archive what the archive step asked and found ({@link ArchiveActivity#NONE} when unknown)
 */
public record RunSummary(
        long id,
        Instant startedAt,
        Instant finishedAt,
        List<String> inputs,
        int documents,
        int citations,
        int uniqueUrls,
        Map<Verdict, Integer> countsByVerdict,
        Map<Reason, Integer> countsByReason,
        int errors,
        ArchiveActivity archive) {

    public RunSummary {
        archive = archive == null ? ArchiveActivity.NONE : archive;
        Objects.requireNonNull(startedAt, "startedAt");
        inputs = List.copyOf(inputs);
        countsByVerdict = Map.copyOf(countsByVerdict);
        countsByReason = Map.copyOf(countsByReason);
    }

    /** A run whose archive activity is not known (no archive step ran, or it is not asked for). */
    public RunSummary(
            long id,
            Instant startedAt,
            Instant finishedAt,
            List<String> inputs,
            int documents,
            int citations,
            int uniqueUrls,
            Map<Verdict, Integer> countsByVerdict,
            Map<Reason, Integer> countsByReason,
            int errors) {
        this(
                id,
                startedAt,
                finishedAt,
                inputs,
                documents,
                citations,
                uniqueUrls,
                countsByVerdict,
                countsByReason,
                errors,
                ArchiveActivity.NONE);
    }
}
