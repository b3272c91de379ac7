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
        int errors) {

    public RunSummary {
        Objects.requireNonNull(startedAt, "startedAt");
        inputs = List.copyOf(inputs);
        countsByVerdict = Map.copyOf(countsByVerdict);
        countsByReason = Map.copyOf(countsByReason);
    }
}
