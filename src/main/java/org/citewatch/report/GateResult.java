package org.citewatch.report;

import java.util.List;
import java.util.Objects;

/**
 * The gate's verdict on a run.
 *
 * @param passed whether the run meets the policy
 * @param explanation one line for the console and the CI log, e.g. {@code gate failed: 3 dead links
 *     without an archive (budget 0): http://a, http://b, ...}
 * @param offending the URLs that counted against the budget, sorted
 */
public record GateResult(boolean passed, String explanation, List<String> offending) {

    public GateResult {
        Objects.requireNonNull(explanation, "explanation");
        offending = List.copyOf(offending);
    }

    /** The process exit code: 0 when passed, 1 when the gate failed. */
    public int exitCode() {
        return passed ? 0 : 1;
    }
}
