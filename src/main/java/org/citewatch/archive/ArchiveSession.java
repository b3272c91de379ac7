package org.citewatch.archive;

import java.util.List;

/**
 * One archive step's view of the archive: its CDX budget and what it asked. Thread-safe, but meant
 * for the one step that started it.
 */
public interface ArchiveSession {

    /**
     * Examines citations together: their archive URLs validated (format checks free, capture status
     * from data already fetched or one batched Availability line, a replay only where these are
     * silent) and snapshots found for dead links without a valid archive (batched Availability first,
     * CDX where it left the answer open), the endpoints working side by side.
     *
     * @return one finding per query, in order; a lookup the CDX budget could not pay for is {@link
     *     SnapshotLookup.Deferred}, one the archive refused for good is {@link SnapshotLookup.Unavailable}
     *     with {@code halt()}
     */
    List<ArchiveFinding> examine(List<ArchiveQuery> queries);

    /** The requests sent per endpoint since the session started (all threads of the run). */
    ArchiveUsage usage();
}
