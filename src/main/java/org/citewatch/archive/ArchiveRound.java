package org.citewatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.citewatch.extract.Citation;

/**
 * Examines a group of citations with the endpoints side by side. What costs nothing comes first
 * (format checks, the database); then one batched Availability request per {@code batch-size} lines
 * (a snapshot line per URL and date, and an exact-timestamp line per cited capture to check), its
 * empty lines asked again with {@code closest=after}; as each batch answers, its captures are
 * replayed on the replay workers and what it left open goes to the CDX workers. Each endpoint keeps
 * its own limiter, so no lookup waits for another endpoint's turn.
 */
final class ArchiveRound {

    private record Key(String url, LocalDate target) {}

    /** What the Availability API said: the 200 capture closest before the target, else after it. */
    private record View(Optional<AvailabilityClient.Hit> before, Optional<AvailabilityClient.Hit> after) {
        static final View UNKNOWN = new View(Optional.empty(), Optional.empty());
    }

    /** One query after the free checks. */
    private record Plan(
            ArchiveQuery query,
            ArchiveStatus status,
            Optional<ArchiveUrl> pendingCapture,
            Optional<Snapshot> ownArchive,
            Key key) {

        boolean dead() {
            return query.linkDead() || query.citation().markedDead();
        }
    }

    /** The pools the round runs on: one per endpoint kind, so a slow CDX never holds a replay. */
    record Workers(Executor availability, Executor replay, Executor cdx) {}

    private final ArchiveLinkValidator validator;
    private final CitedCaptures cited;
    private final SnapshotFinder finder;
    private final Optional<AvailabilityBatches> availability;
    private final ValidateArchives scope;
    private final Workers workers;

    ArchiveRound(
            ArchiveLinkValidator validator,
            CitedCaptures cited,
            SnapshotFinder finder,
            Optional<AvailabilityBatches> availability,
            ValidateArchives scope,
            Workers workers) {
        this.validator = validator;
        this.cited = cited;
        this.finder = finder;
        this.availability = availability;
        this.scope = scope;
        this.workers = workers;
    }

    List<ArchiveFinding> examine(List<ArchiveQuery> queries, CdxBudget budget) {
        List<Plan> plans = queries.stream().map(this::plan).toList();

        Map<Key, CompletableFuture<View>> views = new LinkedHashMap<>();
        Map<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>> exact = new LinkedHashMap<>();
        for (Plan plan : plans) {
            if (mayNeedLookup(plan)
                    && !views.containsKey(plan.key())
                    && !finder.known(plan.key().url(), plan.key().target())) {
                views.put(plan.key(), new CompletableFuture<>());
            }
            plan.pendingCapture().ifPresent(archive -> exact.putIfAbsent(archive, new CompletableFuture<>()));
        }
        askAvailability(views, exact);

        Map<Key, CompletableFuture<SnapshotLookup>> lookups = new ConcurrentHashMap<>();
        List<CompletableFuture<ArchiveFinding>> findings = new ArrayList<>(plans.size());
        for (Plan plan : plans) {
            CompletableFuture<ArchiveStatus> status = plan.pendingCapture()
                    .map(archive -> exact.get(archive)
                            .thenApplyAsync(
                                    answer -> cited.fromAvailability(archive, answer)
                                            .orElseGet(() -> cited.replay(archive)),
                                    workers.replay()))
                    .orElseGet(() -> CompletableFuture.completedFuture(plan.status()));
            findings.add(status.thenCompose(s -> finish(plan, s, lookups, views, budget)));
        }
        return findings.stream().map(CompletableFuture::join).toList();
    }

    private Plan plan(ArchiveQuery query) {
        Citation citation = query.citation();
        ArchiveLinkValidator.Format format = validator.judgeFormat(citation);
        ArchiveStatus status = format == null ? null : format.status();
        Optional<ArchiveUrl> pending = Optional.empty();
        if (format != null && format.capture().isPresent() && validator.checksCaptures()) {
            boolean wanted = scope == ValidateArchives.ALL || query.linkDead() || citation.markedDead();
            if (wanted) {
                ArchiveUrl archive = format.capture().get();
                Optional<ArchiveStatus> settled = cited.fromData(citation.normalizedUrl(), archive);
                if (settled.isPresent()) {
                    status = settled.get();
                } else {
                    pending = Optional.of(archive);
                }
            }
        }
        return new Plan(query, status, pending, ownArchive(query), new Key(citation.normalizedUrl(), query.target()));
    }

    /** The citation's own archive as a snapshot, when it names its capture time. */
    private static Optional<Snapshot> ownArchive(ArchiveQuery query) {
        String archiveUrl = query.citation().archiveUrl();
        if (archiveUrl == null || archiveUrl.isBlank()) {
            return Optional.empty();
        }
        return ArchiveUrls.parse(archiveUrl)
                .flatMap(archive -> Timestamps.parse(archive.timestamp())
                        .map(at -> new Snapshot(
                                archive.raw(),
                                at,
                                SnapshotSource.CITATION,
                                ArchiveStatus.VALID,
                                SnapshotChooser.distanceDays(at, query.target()))));
    }

    /** Whether a snapshot search may be needed, whatever the capture check says. */
    private static boolean mayNeedLookup(Plan plan) {
        if (!plan.dead()) {
            return false;
        }
        boolean ownSettledValid = plan.pendingCapture().isEmpty()
                && plan.status() == ArchiveStatus.VALID
                && plan.ownArchive().isPresent();
        return !ownSettledValid
                && (plan.query().linkDead()
                        || plan.status() != ArchiveStatus.VALID
                        || plan.pendingCapture().isPresent());
    }

    private CompletableFuture<ArchiveFinding> finish(
            Plan plan,
            ArchiveStatus status,
            Map<Key, CompletableFuture<SnapshotLookup>> lookups,
            Map<Key, CompletableFuture<View>> views,
            CdxBudget budget) {
        if (!plan.dead()) {
            return CompletableFuture.completedFuture(new ArchiveFinding(status, null));
        }
        if (status == ArchiveStatus.VALID && plan.ownArchive().isPresent()) {
            // the citation already carries a working archive: nothing to look up
            return CompletableFuture.completedFuture(new ArchiveFinding(
                    status, new SnapshotLookup.Found(plan.ownArchive().get())));
        }
        if (!plan.query().linkDead() && status == ArchiveStatus.VALID) {
            // tagged dead, with a valid archive that names no capture time (perma.cc and the like)
            return CompletableFuture.completedFuture(new ArchiveFinding(status, null));
        }
        return lookups.computeIfAbsent(plan.key(), key -> lookup(key, views.get(key), budget))
                .thenApply(lookup -> new ArchiveFinding(status, lookup));
    }

    private CompletableFuture<SnapshotLookup> lookup(Key key, CompletableFuture<View> view, CdxBudget budget) {
        CompletableFuture<View> answered = view == null ? CompletableFuture.completedFuture(View.UNKNOWN) : view;
        return CompletableFuture.supplyAsync(() -> finder.fromKnown(key.url(), key.target()), workers.replay())
                .thenCompose(known -> known.map(CompletableFuture::completedFuture)
                        .orElseGet(() -> answered.thenComposeAsync(v -> fromView(key, v, budget), workers.replay())));
    }

    /** Offers the Availability capture if its replay is a real page; else CDX chooses, if the budget allows. */
    private CompletableFuture<SnapshotLookup> fromView(Key key, View view, CdxBudget budget) {
        Optional<AvailabilityClient.Hit> hit = view.before().or(view::after);
        if (hit.isPresent()) {
            Optional<SnapshotLookup> offered = finder.offerHit(key.url(), key.target(), hit.get());
            if (offered.isPresent()) {
                return CompletableFuture.completedFuture(offered.get());
            }
        }
        return CompletableFuture.supplyAsync(() -> finder.fromCdx(key.url(), key.target(), budget), workers.cdx());
    }

    // ---- the batched Availability requests ------------------------------------------------------

    private void askAvailability(
            Map<Key, CompletableFuture<View>> views,
            Map<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>> exact) {
        if (availability.isEmpty()) {
            views.values().forEach(f -> f.complete(View.UNKNOWN));
            exact.values().forEach(f -> f.complete(Optional.empty()));
            return;
        }
        AvailabilityBatches batches = availability.get();
        List<Runnable> pending = new ArrayList<>();
        List<Map.Entry<Key, CompletableFuture<View>>> keyBatch = new ArrayList<>();
        List<Map.Entry<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>>> exactBatch = new ArrayList<>();
        for (Map.Entry<Key, CompletableFuture<View>> entry : views.entrySet()) {
            keyBatch.add(entry);
            if (keyBatch.size() == batches.batchSize()) {
                List<Map.Entry<Key, CompletableFuture<View>>> full = List.copyOf(keyBatch);
                pending.add(() -> askViews(batches, full));
                keyBatch.clear();
            }
        }
        // exact lines fill the last snapshot batch, then batches of their own
        for (Map.Entry<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>> entry : exact.entrySet()) {
            exactBatch.add(entry);
            if (keyBatch.size() + exactBatch.size() == batches.batchSize()) {
                List<Map.Entry<Key, CompletableFuture<View>>> keys = List.copyOf(keyBatch);
                List<Map.Entry<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>>> exacts =
                        List.copyOf(exactBatch);
                pending.add(() -> askMixed(batches, keys, exacts));
                keyBatch.clear();
                exactBatch.clear();
            }
        }
        if (!keyBatch.isEmpty() || !exactBatch.isEmpty()) {
            List<Map.Entry<Key, CompletableFuture<View>>> keys = List.copyOf(keyBatch);
            List<Map.Entry<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>>> exacts =
                    List.copyOf(exactBatch);
            pending.add(() -> askMixed(batches, keys, exacts));
        }
        for (Runnable batch : pending) {
            CompletableFuture.runAsync(batch, workers.availability());
        }
    }

    private static void askViews(AvailabilityBatches batches, List<Map.Entry<Key, CompletableFuture<View>>> keys) {
        askMixed(batches, keys, List.of());
    }

    /** One batch: snapshot lines before their targets and exact lines, then the empty snapshot lines after. */
    private static void askMixed(
            AvailabilityBatches batches,
            List<Map.Entry<Key, CompletableFuture<View>>> keys,
            List<Map.Entry<ArchiveUrl, CompletableFuture<Optional<AvailabilityClient.Hit>>>> exacts) {
        try {
            List<AvailabilityClient.Line> lines = new ArrayList<>(keys.size() + exacts.size());
            keys.forEach(e -> lines.add(line(e.getKey(), AvailabilityClient.Closest.BEFORE)));
            exacts.forEach(e -> lines.add(CitedCaptures.line(e.getKey())));
            List<Optional<AvailabilityClient.Hit>> answers = batches.ask(lines);
            for (int i = 0; i < exacts.size(); i++) {
                exacts.get(i).getValue().complete(answers.get(keys.size() + i));
            }
            List<Integer> askAfter = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (answers.get(i).isEmpty() && keys.get(i).getKey().target() != null) {
                    askAfter.add(i);
                }
            }
            List<Optional<AvailabilityClient.Hit>> after = askAfter.isEmpty()
                    ? List.of()
                    : batches.ask(askAfter.stream()
                            .map(i -> line(keys.get(i).getKey(), AvailabilityClient.Closest.AFTER))
                            .toList());
            for (int i = 0; i < keys.size(); i++) {
                int afterIndex = askAfter.indexOf(i);
                Optional<AvailabilityClient.Hit> later = afterIndex < 0 ? Optional.empty() : after.get(afterIndex);
                keys.get(i).getValue().complete(new View(answers.get(i), later));
            }
        } finally {
            // a failure above leaves the rest unknown: CDX answers them
            keys.forEach(e -> e.getValue().complete(View.UNKNOWN));
            exacts.forEach(e -> e.getValue().complete(Optional.empty()));
        }
    }

    private static AvailabilityClient.Line line(Key key, AvailabilityClient.Closest closest) {
        if (key.target() == null) {
            return new AvailabilityClient.Line(key.url(), null, null);
        }
        Instant end = Timestamps.endOf(key.target());
        return new AvailabilityClient.Line(key.url(), Timestamps.format(end), closest);
    }
}
