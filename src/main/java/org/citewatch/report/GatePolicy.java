package org.citewatch.report;

import java.util.Objects;

/**
 * What the gate enforces.
 *
 * @param failOn which dead links count against the run
 * @param maxDead how many such links are tolerated ({@code --max-dead}); the gate fails above it
 */
public record GatePolicy(FailOn failOn, int maxDead) {

    public GatePolicy {
        Objects.requireNonNull(failOn, "failOn");
        if (maxDead < 0) {
            throw new IllegalArgumentException("--max-dead cannot be negative: " + maxDead);
        }
    }

    public static GatePolicy from(ReportProperties properties) {
        return new GatePolicy(properties.failOn(), properties.maxDead());
    }
}
