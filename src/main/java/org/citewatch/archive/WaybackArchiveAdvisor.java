package org.citewatch.archive;

import java.time.LocalDate;
import java.util.List;
import org.citewatch.extract.Citation;

/** The {@link ArchiveAdvisor} of a run: validation and snapshot lookups over the shared limiters and cache. */
final class WaybackArchiveAdvisor implements ArchiveAdvisor {

    private final ArchiveLinkValidator validator;
    private final SnapshotFinder finder;

    WaybackArchiveAdvisor(ArchiveLinkValidator validator, SnapshotFinder finder) {
        this.validator = validator;
        this.finder = finder;
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
}
