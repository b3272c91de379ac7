package org.citewatch.archive;

import java.time.Clock;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Replay checks remembered in the database: a capture's verdict (a real page or not) never changes,
 * so each capture is replayed at most once across runs. Transient failures are not remembered.
 */
final class VerifiedReplays {

    private final ReplayChecker checker;
    private final ArchiveCache cache;
    private final Clock clock;

    VerifiedReplays(ReplayChecker checker, ArchiveCache cache, Clock clock) {
        this.checker = checker;
        this.cache = cache;
        this.clock = clock;
    }

    ReplayCheck verify(String timestamp, String original, ReplayChecker.Mode mode) {
        Optional<HttpUrl> replayUrl = checker.replayUrl(timestamp, original);
        if (replayUrl.isEmpty()) {
            return ReplayCheck.bad("not an http(s) original: " + original);
        }
        String key = mode + " " + replayUrl.get();
        Optional<ReplayCheck> known = cache.replay(key);
        if (known.isPresent()) {
            return known.get();
        }
        ReplayCheck check = checker.check(timestamp, original, mode);
        if (check.lasting()) {
            cache.storeReplay(key, check, clock.instant());
        }
        return check;
    }

    /** A verdict already in the database; no request. */
    Optional<ReplayCheck> known(String timestamp, String original, ReplayChecker.Mode mode) {
        return checker.replayUrl(timestamp, original).flatMap(url -> cache.replay(mode + " " + url));
    }

    /**
     * Keeps a lasting verdict reached without a replay (the capture was listed as a 200 by CDX or the
     * Availability API), so that the next run does not ask again.
     */
    void remember(String timestamp, String original, ReplayChecker.Mode mode, ReplayCheck check) {
        if (check.lasting()) {
            checker.replayUrl(timestamp, original)
                    .ifPresent(url -> cache.storeReplay(mode + " " + url, check, clock.instant()));
        }
    }

    String snapshotUrl(String timestamp, String original) {
        return checker.snapshotUrl(timestamp, original);
    }
}
