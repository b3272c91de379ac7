package org.citewatch.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the snapshot to offer for a URL and target date: the database first, then (optionally) one
 * Availability API GET, then the URL's CDX captures (one query per URL, cached), replayed closest-first
 * until one is a real page, then (optionally) a Memento aggregator. archive.today and WebCite are
 * never offered.
 */
final class SnapshotFinder {

    private static final Logger log = LoggerFactory.getLogger(SnapshotFinder.class);

    private final CdxClient cdx;
    private final VerifiedReplays replays;
    private final ArchiveCache cache;
    private final Optional<AvailabilityClient> availability;
    private final Optional<MementoFallback> memento;
    private final Clock clock;
    private final Duration negativeCacheTtl;
    private final int maxReplayChecks;

    /** One lock per URL stripe, so that two dates of one URL cost one CDX query even across threads. */
    private final Object[] stripes = new Object[64];

    SnapshotFinder(
            CdxClient cdx,
            VerifiedReplays replays,
            ArchiveCache cache,
            Optional<AvailabilityClient> availability,
            Optional<MementoFallback> memento,
            Clock clock,
            Duration negativeCacheTtl,
            int maxReplayChecks) {
        this.cdx = cdx;
        this.replays = replays;
        this.cache = cache;
        this.availability = availability;
        this.memento = memento;
        this.clock = clock;
        this.negativeCacheTtl = negativeCacheTtl;
        this.maxReplayChecks = maxReplayChecks;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    SnapshotLookup find(String url, LocalDate target) {
        if (!isHttp(url)) {
            return new SnapshotLookup.Unavailable("not an http(s) URL: " + url, false);
        }
        String targetKey = ArchiveCache.target(target);
        Optional<ArchiveCache.StoredSnapshot> stored = cache.snapshot(url, targetKey);
        if (stored.isPresent()) {
            return found(stored.get(), target);
        }
        // the GET form answers the closest capture in either direction; only one before the target counts
        Optional<AvailabilityClient.Hit> hit = availability.flatMap(client -> client.closest(url, target)
                .filter(h -> target == null || !h.instant().isAfter(Timestamps.endOf(target))));
        if (hit.isPresent()) {
            Optional<SnapshotLookup> offered = offerHit(url, target, hit.get());
            if (offered.isPresent()) {
                return offered.get();
            }
        }
        return fromCdx(url, target, CdxBudget.unlimited());
    }

    /**
     * Answers from what the database already knows (a snapshot chosen earlier, or the URL's CDX
     * captures while fresh), replaying a candidate only when it was never replayed.
     *
     * @return empty when the archive has to be asked
     */
    Optional<SnapshotLookup> fromKnown(String url, LocalDate target) {
        if (!isHttp(url)) {
            return Optional.of(new SnapshotLookup.Unavailable("not an http(s) URL: " + url, false));
        }
        Optional<ArchiveCache.StoredSnapshot> stored = cache.snapshot(url, ArchiveCache.target(target));
        if (stored.isPresent()) {
            return Optional.of(found(stored.get(), target));
        }
        Optional<ArchiveCache.Lookup> known = cache.lookup(url).filter(this::fresh);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(choose(url, target, known.get()));
    }

    /** Whether {@link #fromKnown} answers without asking the archive for anything but replays. */
    boolean known(String url, LocalDate target) {
        return !isHttp(url)
                || cache.snapshot(url, ArchiveCache.target(target)).isPresent()
                || cache.lookup(url).filter(this::fresh).isPresent();
    }

    /** The URL's 200 captures as CDX listed them, while that answer is fresh; empty when not known. */
    Optional<List<Capture>> knownCaptures(String url) {
        return cache.lookup(url).filter(this::fresh).map(ArchiveCache.Lookup::captures);
    }

    /**
     * Offers an Availability API capture once its replay shows a real page.
     *
     * @return Found, or Unavailable when the replay endpoint failed; empty when the capture is bad
     *     (then CDX chooses among the URL's other captures)
     */
    Optional<SnapshotLookup> offerHit(String url, LocalDate target, AvailabilityClient.Hit hit) {
        return offer(url, target, List.of(asCapture(hit)), SnapshotSource.WAYBACK_AVAILABLE)
                .filter(offered -> !(offered instanceof SnapshotLookup.NotArchived));
    }

    /**
     * The URL's CDX captures (cached, else one CDX request if the budget allows), replayed closest
     * first; then, if enabled and CDX has nothing, a Memento aggregator.
     */
    SnapshotLookup fromCdx(String url, LocalDate target, CdxBudget budget) {
        ArchiveCache.Lookup lookup;
        synchronized (stripes[Math.floorMod(url.hashCode(), stripes.length)]) {
            Optional<ArchiveCache.Lookup> known = cache.lookup(url).filter(this::fresh);
            if (known.isPresent()) {
                lookup = known.get();
            } else {
                if (!budget.tryTake()) {
                    return new SnapshotLookup.Deferred("the run's CDX budget is spent");
                }
                CdxAnswer answer = cdx.captures(url);
                if (answer instanceof CdxAnswer.Failed failed) {
                    log.info("CDX lookup of {} failed: {}", url, failed.reason());
                    return new SnapshotLookup.Unavailable(failed.reason(), failed.halt());
                }
                lookup = store(url, answer);
            }
        }
        SnapshotLookup chosen = choose(url, target, lookup);
        if (chosen instanceof SnapshotLookup.NotArchived && memento.isPresent()) {
            Optional<SnapshotLookup> elsewhere = memento.get().find(url, target);
            elsewhere.ifPresent(found -> remember(url, target, ((SnapshotLookup.Found) found).snapshot()));
            return elsewhere.orElse(chosen);
        }
        return chosen;
    }

    private SnapshotLookup choose(String url, LocalDate target, ArchiveCache.Lookup lookup) {
        List<Capture> candidates = SnapshotChooser.candidates(lookup.captures(), target);
        return offer(url, target, candidates, SnapshotSource.WAYBACK_CDX).orElse(new SnapshotLookup.NotArchived());
    }

    /**
     * Replays candidates in order until one is a real page.
     *
     * @return Found, Unavailable (the replay endpoint failed), NotArchived (every candidate tried was
     *     bad), or empty when there was no candidate
     */
    private Optional<SnapshotLookup> offer(
            String url, LocalDate target, List<Capture> candidates, SnapshotSource source) {
        List<Capture> tried = candidates.subList(0, Math.min(candidates.size(), maxReplayChecks));
        if (tried.isEmpty()) {
            return Optional.empty();
        }
        for (Capture candidate : tried) {
            ReplayCheck check = replays.verify(candidate.timestamp(), candidate.original(), ReplayChecker.Mode.OFFER);
            if (check.status() == ArchiveStatus.VALID) {
                ArchiveCache.StoredSnapshot snapshot = new ArchiveCache.StoredSnapshot(
                        replays.snapshotUrl(candidate.timestamp(), candidate.original()),
                        candidate.timestamp(),
                        source);
                cache.storeSnapshot(url, ArchiveCache.target(target), snapshot, clock.instant());
                return Optional.of(found(snapshot, target));
            }
            if (check.status() == ArchiveStatus.UNREACHABLE_ARCHIVE) {
                return Optional.of(new SnapshotLookup.Unavailable(check.reason(), check.halt()));
            }
            log.debug("not offering {} {}: {}", candidate.timestamp(), candidate.original(), check.reason());
        }
        return Optional.of(new SnapshotLookup.NotArchived());
    }

    private void remember(String url, LocalDate target, Snapshot snapshot) {
        ArchiveCache.StoredSnapshot stored = new ArchiveCache.StoredSnapshot(
                snapshot.url(), Timestamps.format(snapshot.timestamp()), snapshot.source());
        cache.storeSnapshot(url, ArchiveCache.target(target), stored, clock.instant());
    }

    private ArchiveCache.Lookup store(String url, CdxAnswer answer) {
        Instant now = clock.instant();
        if (answer instanceof CdxAnswer.Excluded excluded) {
            log.info("the archive excludes {}: {}", url, excluded.reason());
            cache.storeLookup(url, ArchiveCache.Outcome.EXCLUDED, List.of(), now);
            return new ArchiveCache.Lookup(ArchiveCache.Outcome.EXCLUDED, List.of(), now);
        }
        List<Capture> captures = ((CdxAnswer.Captures) answer).captures();
        ArchiveCache.Outcome outcome = captures.isEmpty() ? ArchiveCache.Outcome.NONE : ArchiveCache.Outcome.CAPTURES;
        cache.storeLookup(url, outcome, captures, now);
        return new ArchiveCache.Lookup(outcome, captures, now);
    }

    /** Captures do not disappear; "none" is trusted only for the negative-cache time. */
    private boolean fresh(ArchiveCache.Lookup lookup) {
        return lookup.outcome() == ArchiveCache.Outcome.CAPTURES
                || lookup.fetchedAt().plus(negativeCacheTtl).isAfter(clock.instant());
    }

    private static SnapshotLookup found(ArchiveCache.StoredSnapshot stored, LocalDate target) {
        Instant at = Timestamps.parse(stored.timestamp()).orElseThrow();
        return new SnapshotLookup.Found(new Snapshot(
                stored.url(), at, stored.source(), ArchiveStatus.VALID, SnapshotChooser.distanceDays(at, target)));
    }

    private static Capture asCapture(AvailabilityClient.Hit hit) {
        return new Capture(hit.timestamp(), hit.instant(), hit.original());
    }

    static boolean isHttp(String url) {
        return url != null && HttpUrl.parse(url) != null;
    }
}
