package org.citewatch.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citewatch.extract.Citation;

/** The {@link ArchiveAdvisor} of a run: validation and snapshot lookups over the shared limiters and cache. */
final class WaybackArchiveAdvisor implements ArchiveAdvisor {

    private final ArchiveLinkValidator validator;
    private final SnapshotFinder finder;
    private final Optional<LiveArchiver> liveArchiver;

    /** @param liveArchiver present when Save Page Now is enabled */
    WaybackArchiveAdvisor(ArchiveLinkValidator validator, SnapshotFinder finder, Optional<LiveArchiver> liveArchiver) {
        this.validator = validator;
        this.finder = finder;
        this.liveArchiver = liveArchiver;
    }

    @Override
    public ArchiveStatus validate(Citation citation) {
        return validator.validate(citation);
    }

    @Override
    public SnapshotLookup findSnapshot(String url, LocalDate target) {
        return finder.find(url, target);
    }

    @Override
    public void prefetch(List<SnapshotRequest> requests) {
        finder.prefetch(requests);
    }

    @Override
    public SnapshotLookup archiveLive(String url) {
        if (liveArchiver.isEmpty()) {
            return ArchiveAdvisor.super.archiveLive(url);
        }
        return liveArchiver.get().archive(url);
    }
}
