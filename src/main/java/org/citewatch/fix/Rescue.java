package org.citewatch.fix;

import java.util.Optional;
import java.util.Set;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftKind;

/** What the rules of docs/fix.md ask for one citation, given what the audit found. */
enum Rescue {
    /** Rules 1 and 2: give a dead link its snapshot (or, when it has a sound archive, its dead status). */
    ARCHIVE,
    /** Rule 3: replace a broken archive by the snapshot found. */
    REPLACE_ARCHIVE,
    /** Rule 4: tag a dead link that has no snapshot. */
    TAG,
    /** Rule 5: remove the tag of a link confirmed alive. */
    UNTAG,
    /** Rule 6: a usurped host's citation gets its archive and {@code url-status=usurped}. */
    USURPED,
    /** Nothing to do. */
    NONE;

    /** What is wrong enough with a cited archive to replace it. */
    static final Set<ArchiveStatus> BROKEN = Set.of(
            ArchiveStatus.BAD_CAPTURE,
            ArchiveStatus.ORIGINAL_MISMATCH,
            ArchiveStatus.DEPRECATED_ARCHIVE,
            ArchiveStatus.DEAD_ARCHIVE_SERVICE);

    /**
     * The rescue for a finding, or {@link #NONE}; {@code why} receives the reason when the finding
     * needs a fix that cannot be made (so that the report lists it).
     */
    static Rescue of(Finding finding, FixOptions options, java.util.function.Consumer<String> why) {
        var citation = finding.citation();
        boolean dead = finding.confirmedDead() || (options.includeUnconfirmed() && finding.verdict() == Verdict.DEAD);
        boolean hasArchive = citation.archiveUrl() != null;
        if (finding.usurped() && options.wants(FixKind.USURPED)) {
            boolean soundArchive =
                    hasArchive && (finding.archiveStatus() == null || !BROKEN.contains(finding.archiveStatus()));
            if (soundArchive || (!hasArchive && finding.usurpedArchive() != null)) {
                return USURPED;
            }
            why.accept("its host is usurped (" + finding.drift().evidence() + ") and no sound archive was found");
            return NONE;
        }
        if (finding.drift() != null && finding.drift().kind() == DriftKind.CONTENT_CHANGED) {
            // rule 7: a suggestion only, since whether the capture supports the text is an editor's call
            why.accept("suggestion: the page changed (" + finding.drift().evidence() + "); if the archived copy "
                    + Optional.ofNullable(finding.drift().captureUrl()).orElse("") + " supports the text, add it"
                    + " with url-status=dead");
            return NONE;
        }
        if (hasArchive && finding.archiveStatus() != null && BROKEN.contains(finding.archiveStatus())) {
            if (!options.wants(FixKind.ARCHIVES)) {
                return NONE;
            }
            var snapshot = finding.usableSnapshot();
            if (snapshot == null || snapshot.url().equals(citation.archiveUrl())) {
                why.accept("its archive is broken (" + finding.archiveStatus() + ") and no other snapshot was found");
                return NONE;
            }
            return REPLACE_ARCHIVE;
        }
        if (dead) {
            if (hasArchive || finding.usableSnapshot() != null) {
                return options.wants(FixKind.DEAD) ? ARCHIVE : NONE;
            }
            if (options.tagUnrescued() && options.wants(FixKind.TAGS) && !citation.markedDead()) {
                return TAG;
            }
            why.accept("dead, and no snapshot was found");
            return NONE;
        }
        if (citation.deadLinkTag() != null
                && finding.verdict() == Verdict.ALIVE
                && finding.confirmedAlive()
                && options.untagAlive()
                && options.wants(FixKind.TAGS)) {
            return UNTAG;
        }
        return NONE;
    }
}
