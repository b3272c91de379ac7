package org.citewatch.archive;

/** What is wrong, if anything, with an archive link or a snapshot. */
public enum ArchiveStatus {
    VALID,
    MISSING_TIMESTAMP,
    /** Before 1996 or in the future. */
    DATE_OUT_OF_RANGE,
    /** The archive is of another URL than the citation's. */
    ORIGINAL_MISMATCH,
    /** The citation's archive-date differs from the snapshot's timestamp by more than a day. */
    DATE_MISMATCH,
    /** A capture of a 404, a redirect or an error page, or the archive answers with an error. */
    BAD_CAPTURE,
    /** The archive could not be reached this time; not a verdict. */
    UNREACHABLE_ARCHIVE,
    DEPRECATED_ARCHIVE,
    DEAD_ARCHIVE_SERVICE,
    /** The archive-url is not a URL of any known archive. */
    UNRECOGNISED
}
