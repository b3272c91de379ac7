package org.citewatch.archive;

import java.time.LocalDate;
import org.citewatch.extract.Citation;

/**
 * The archive side of an audit: judges the archive links citations carry and finds snapshots for
 * dead links. Thread-safe; every lookup goes through the shared per-endpoint rate limiters and the
 * database cache, so asking for several target dates of one URL costs one archive query.
 */
public interface ArchiveAdvisor {

    /**
     * Judges the archive URL a citation carries.
     *
     * @return {@code null} when the citation carries no archive URL
     */
    ArchiveStatus validate(Citation citation);

    /**
     * Finds the best snapshot of a URL for a date: the real 200 capture closest before it, else the
     * closest after it.
     *
     * @param url the normalized URL
     * @param target the citation's access date, else its date, else when citewatch first saw the URL;
     *     {@code null} asks for the newest capture
     * @return Found, NotArchived, or Unavailable; {@code Unavailable.halt()} means the archive keeps
     *     answering 429: stop the archive step for this run (what was found is already stored)
     */
    SnapshotLookup findSnapshot(String url, LocalDate target);

    /**
     * Starts an archive step's session: its own CDX budget ({@code citewatch.archive.cdx-budget}) and
     * request counts, over the run's shared limiters and cache.
     */
    ArchiveSession startSession();

    /**
     * Makes sure an ALIVE link does not rot unarchived: returns its newest usable capture, or has Save
     * Page Now make one when it has none. Off by default ({@code citewatch.archive.save-enabled}); the
     * default implementation and a disabled one answer {@link SnapshotLookup.Unavailable}.
     *
     * @param url the normalized URL of a link that is ALIVE this run
     */
    default SnapshotLookup archiveLive(String url) {
        return new SnapshotLookup.Unavailable("Save Page Now is not enabled", false);
    }

    /**
     * Reads what an archived page says about itself (title, main heading, opening text): exactly one
     * replay request, waiting for the replay endpoint's limiter like every replay of the run. For
     * comparing a live page with the page a citation was written from (content drift).
     *
     * @param timestamp the capture's 14-digit timestamp (exact: an inexact one redirects, which is not
     *     followed)
     * @param original the archived URL
     * @return the page, {@link CaptureRead.NoPage} when the capture shows none, or
     *     {@link CaptureRead.Unavailable} when the archive could not be asked; the default implementation
     *     reads nothing
     */
    default CaptureRead readCapture(String timestamp, String original) {
        return new CaptureRead.Unavailable("reading captures is not supported here");
    }

    /** The 14-digit Wayback timestamp of an instant (UTC). */
    static String timestampOf(java.time.Instant instant) {
        return Timestamps.format(instant);
    }
}
