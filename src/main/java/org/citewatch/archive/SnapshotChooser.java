package org.citewatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders a URL's captures by how well they stand for what a citation's author saw: the closest before
 * the target date first (a capture made that day counts as before), going back in time, then the
 * closest after it, going forward. Without a target date, the newest first.
 */
final class SnapshotChooser {

    private SnapshotChooser() {}

    /**
     * @param captures the URL's captures, oldest first
     * @param target the citation's access date (else its date, else first seen), or {@code null}
     */
    static List<Capture> candidates(List<Capture> captures, LocalDate target) {
        List<Capture> ordered = new ArrayList<>(captures.size());
        if (target == null) {
            for (int i = captures.size() - 1; i >= 0; i--) {
                ordered.add(captures.get(i));
            }
            return ordered;
        }
        Instant end = Timestamps.endOf(target);
        int firstAfter = 0;
        while (firstAfter < captures.size()
                && !captures.get(firstAfter).instant().isAfter(end)) {
            firstAfter++;
        }
        for (int i = firstAfter - 1; i >= 0; i--) {
            ordered.add(captures.get(i));
        }
        ordered.addAll(captures.subList(firstAfter, captures.size()));
        return ordered;
    }

    /** Days from the target to the capture, negative when the capture is before it. */
    static Long distanceDays(Instant capture, LocalDate target) {
        return target == null ? null : ChronoUnit.DAYS.between(target, Timestamps.utcDate(capture));
    }
}
