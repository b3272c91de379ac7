package org.citewatch.report;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.citewatch.check.Verdict;

/** One run's counts, a point of the trend chart. */
public record TrendPoint(long runId, Instant startedAt, Map<Verdict, Integer> countsByVerdict) {

    public TrendPoint {
        Objects.requireNonNull(startedAt, "startedAt");
        countsByVerdict = Map.copyOf(countsByVerdict);
    }
}
