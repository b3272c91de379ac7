package org.citewatch.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When the gate fails a run ({@code --fail-on}): one rule about dead links (or none), and any of the
 * rules about links that answer with the wrong page, e.g. {@code --fail-on=unarchived-dead,usurped}.
 */
public enum FailOn {
    /** Never: the reports are written, the exit code stays 0. */
    NONE,
    /** Any link whose verdict in this run is DEAD. */
    DEAD,
    /** Any DEAD link with a citation that carries no working archive link (the default). */
    UNARCHIVED_DEAD,
    /** Any DEAD link that was not dead in the baseline (a report file or the previous run). */
    NEW_DEAD,
    /** Any link whose host changed hands ({@link ProblemKind#USURPED}, issue 17); only when named. */
    USURPED,
    /** Any link that shows another page than the cited one ({@link ProblemKind#CONTENT_CHANGED}); only when named. */
    CONTENT_CHANGED;

    /** Whether this is a rule about links that answer with the wrong page rather than dead ones. */
    public boolean aboutDrift() {
        return this == USURPED || this == CONTENT_CHANGED;
    }

    /** The option's spelling: {@code unarchived-dead}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code none|dead|unarchived-dead|new-dead} (case and {@code -}/{@code _} are ignored).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static FailOn parse(String option) {
        String wanted = option.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FailOn value : values()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("--fail-on must be one of "
                + Arrays.stream(values()).map(FailOn::option).collect(Collectors.joining(", ")) + ", not '" + option
                + "'");
    }
}
