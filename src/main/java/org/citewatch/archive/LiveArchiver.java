package org.citewatch.archive;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ALIVE links from rotting unarchived, as InternetArchiveBot does: a link with a usable capture
 * is left alone; one without gets a Save Page Now capture, remembered like any found snapshot.
 */
final class LiveArchiver {

    private static final Logger log = LoggerFactory.getLogger(LiveArchiver.class);

    private final SnapshotFinder finder;
    private final SavePageNowClient client;
    private final VerifiedReplays replays;
    private final ArchiveCache cache;
    private final Clock clock;

    LiveArchiver(
            SnapshotFinder finder, SavePageNowClient client, VerifiedReplays replays, ArchiveCache cache, Clock clock) {
        this.finder = finder;
        this.client = client;
        this.replays = replays;
        this.cache = cache;
        this.clock = clock;
    }

    SnapshotLookup archive(String url) {
        SnapshotLookup existing = finder.find(url, null);
        if (!(existing instanceof SnapshotLookup.NotArchived)) {
            return existing;
        }
        SavePageNowClient.Saved saved = client.save(url);
        if (!saved.captured()) {
            log.info("Save Page Now did not capture {}: {}", url, saved.reason());
            return new SnapshotLookup.Unavailable(saved.reason(), saved.halt());
        }
        Instant at = Timestamps.parse(saved.timestamp()).orElseThrow();
        ArchiveCache.StoredSnapshot stored = new ArchiveCache.StoredSnapshot(
                replays.snapshotUrl(saved.timestamp(), saved.original()),
                saved.timestamp(),
                SnapshotSource.SAVE_PAGE_NOW);
        cache.storeSnapshot(url, ArchiveCache.target(null), stored, clock.instant());
        return new SnapshotLookup.Found(
                new Snapshot(stored.url(), at, SnapshotSource.SAVE_PAGE_NOW, ArchiveStatus.VALID, null));
    }
}
