package org.citewatch.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.citewatch.extract.Citation;

/** The {@link ArchiveAdvisor} of a run: validation and snapshot lookups over the shared limiters and cache. */
final class WaybackArchiveAdvisor implements ArchiveAdvisor {

    private final ArchiveLinkValidator validator;
    private final SnapshotFinder finder;
    private final Optional<LiveArchiver> liveArchiver;
    private final ArchiveRound round;
    private final CaptureReader captures;
    private final CdxBudget.Limit budget;
    private final Supplier<ArchiveUsage> usage;

    /**
     * @param liveArchiver present when Save Page Now is enabled
     * @param usage the counters of every endpoint, totals since start
     */
    WaybackArchiveAdvisor(
            ArchiveLinkValidator validator,
            SnapshotFinder finder,
            Optional<LiveArchiver> liveArchiver,
            ArchiveRound round,
            CaptureReader captures,
            CdxBudget.Limit budget,
            Supplier<ArchiveUsage> usage) {
        this.validator = validator;
        this.finder = finder;
        this.liveArchiver = liveArchiver;
        this.round = round;
        this.captures = captures;
        this.budget = budget;
        this.usage = usage;
    }

    @Override
    public ArchiveSession startSession() {
        CdxBudget cdxBudget = new CdxBudget(budget, System::nanoTime);
        ArchiveUsage start = usage.get();
        return new ArchiveSession() {
            @Override
            public List<ArchiveFinding> examine(List<ArchiveQuery> queries) {
                return round.examine(queries, cdxBudget);
            }

            @Override
            public ArchiveUsage usage() {
                return usage.get().minus(start);
            }
        };
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
    public SnapshotLookup archiveLive(String url) {
        if (liveArchiver.isEmpty()) {
            return ArchiveAdvisor.super.archiveLive(url);
        }
        return liveArchiver.get().archive(url);
    }

    @Override
    public CaptureRead readCapture(String timestamp, String original) {
        return captures.read(timestamp, original);
    }
}
