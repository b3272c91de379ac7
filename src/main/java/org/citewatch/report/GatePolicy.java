package org.citewatch.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the gate enforces.
 *
 * @param failOn which links count against the run: at most one rule about dead links
 *     ({@code none}, {@code dead}, {@code unarchived-dead}, {@code new-dead}) and any of the rules about
 *     links that answer with the wrong page ({@code usurped}, {@code content-changed}); these count only
 *     when named
 * @param maxDead how many such links are tolerated ({@code --max-dead}); the gate fails above it
 */
public record GatePolicy(Set<FailOn> failOn, int maxDead) {

    public GatePolicy {
        Objects.requireNonNull(failOn, "failOn");
        if (failOn.isEmpty()) {
            throw new IllegalArgumentException("--fail-on names no policy");
        }
        // in declaration order, so that the gate's line names the rules the same way every run
        failOn = Collections.unmodifiableSet(EnumSet.copyOf(failOn));
        long deadRules = failOn.stream().filter(f -> !f.aboutDrift()).count();
        if (deadRules > 1 || (failOn.contains(FailOn.NONE) && failOn.size() > 1)) {
            throw new IllegalArgumentException("--fail-on takes one of none, dead, unarchived-dead, new-dead (none"
                    + " alone), with usurped and content-changed if wanted, not " + option(failOn));
        }
        if (maxDead < 0) {
            throw new IllegalArgumentException("--max-dead cannot be negative: " + maxDead);
        }
    }

    /** One rule. */
    public GatePolicy(FailOn failOn, int maxDead) {
        this(Set.of(failOn), maxDead);
    }

    public static GatePolicy from(ReportProperties properties) {
        return new GatePolicy(EnumSet.copyOf(properties.failOn()), properties.maxDead());
    }

    /** Parses {@code unarchived-dead,usurped} (see {@link FailOn#parse}). */
    public static GatePolicy parse(String option, int maxDead) {
        return new GatePolicy(
                Arrays.stream(option.split(","))
                        .filter(part -> !part.isBlank())
                        .map(FailOn::parse)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FailOn.class))),
                maxDead);
    }

    /** The rule about dead links, {@link FailOn#NONE} when only rules about drift are named. */
    FailOn deadRule() {
        return failOn.stream().filter(f -> !f.aboutDrift()).findFirst().orElse(FailOn.NONE);
    }

    /** The option's spelling: {@code unarchived-dead,usurped}. */
    public String option() {
        return option(failOn);
    }

    private static String option(Collection<FailOn> rules) {
        return EnumSet.copyOf(rules).stream().map(FailOn::option).collect(Collectors.joining(","));
    }
}
