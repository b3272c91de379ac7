package org.citewatch.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotTarget;

/**
 * Says how far a snapshot is from the date it was measured from, naming that date: "6 days before the
 * access date", "820 days before the {{dead link}} date 2018-06", "on the citation's date", "3 days
 * after the day citewatch first saw the link". Never "before access" for a citation without one.
 */
final class SnapshotNote {

    private SnapshotNote() {}

    /**
     * @param target the citation's target, or {@code null} when unknown (then the snapshot's own distance
     *     is given against "the date it was looked up for")
     * @return the note, or an empty string when there is nothing to measure
     */
    static String of(Snapshot snapshot, SnapshotTarget target) {
        if (target == null) {
            return snapshot.distanceDays() == null
                    ? ""
                    : phrase(snapshot.distanceDays(), "the date it was looked up for");
        }
        LocalDate captured = snapshot.timestamp().atOffset(ZoneOffset.UTC).toLocalDate();
        long days = ChronoUnit.DAYS.between(target.reference(), captured);
        return phrase(days, named(target));
    }

    /** {@code the {{dead link}} date 2018-06}, {@code the access date}. */
    static String named(SnapshotTarget target) {
        return target.basis() == SnapshotTarget.Basis.DEAD_LINK_TAG
                ? target.basis().text() + " " + target.named().iso()
                : target.basis().text();
    }

    private static String phrase(long days, String what) {
        if (days == 0) {
            return "on " + what;
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day " : " days ") + (days < 0 ? "before " : "after ") + what;
    }
}
