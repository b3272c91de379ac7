package org.citewatch.archive;

/**
 * What the archive step found for one citation.
 *
 * @param archiveStatus the verdict on the archive URL the citation carries, or {@code null} when it
 *     carries none
 * @param lookup the snapshot search: Found (from the archive, or the citation's own valid archive with
 *     source {@link SnapshotSource#CITATION}), NotArchived, Unavailable, Deferred; {@code null} when no
 *     search was needed (the link is alive and not tagged dead)
 */
public record ArchiveFinding(ArchiveStatus archiveStatus, SnapshotLookup lookup) {}
