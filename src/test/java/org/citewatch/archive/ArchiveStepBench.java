package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 benchmark (not a test): {@code ./mvnw -B -Pbench test -Dtest=ArchiveStepBench}. The archive
 * step's work, chunk by chunk as the job cuts it ({@code citewatch.job.archive-chunk-size}, 5,000 citations), at the default settings against a
 * {@link StandInArchive} on loopback that enforces the real limits; 2,000 dead links and 2,000 cited
 * archive URLs (half on the dead links, half on live links). Prints the wall time, the requests per
 * endpoint and per dead link, the 429s, the deferred lookups; runs the next night on the same
 * database; then compares the snapshots with the CDX-only path (Availability off, no budget, the
 * stand-in's limits lifted) and checks that no capture of a non-200 response is ever offered.
 */
@Tag("bench")
class ArchiveStepBench {

    private static final int DEAD = ArchiveBenchCorpus.DEAD;
    /** The job's default {@code citewatch.job.archive-chunk-size}. */
    private static final int CHUNK = 5_000;

    @Test
    void archiveStepAtTheRealLimits() throws Exception {
        DataSource database = ArchiveTestSupport.migratedDatabase();
        try (StandInArchive archive = new StandInArchive()) {
            ArchiveBenchCorpus corpus =
                    new ArchiveBenchCorpus(archive, ArchiveStepBench::deadUrl, ArchiveStepBench::liveUrl);
            List<ArchiveQuery> queries = queries(corpus);
            ArchiveAdvisor advisor =
                    ArchiveTestSupport.advisor(database, defaults(archive.base(), Map.of()), Clock.systemUTC());
            List<ArchiveFinding> night1 = run("night 1 (default settings)", advisor, queries, archive);
            List<ArchiveFinding> night2 = run("night 2 (same database)", advisor, queries, archive);
            neverNon200(night1, corpus);
            neverNon200(night2, corpus);
        }
    }

    /**
     * The same corpus with every limit lifted (so nothing is deferred): the batched flow against the
     * CDX-only path, snapshot by snapshot.
     */
    @Test
    void sameSnapshotsAsTheCdxOnlyPathAndNeverANon200() throws Exception {
        Map<String, String> lifted = Map.of(
                "rate",
                "60000/min",
                "replay-rate",
                "60000/min",
                "availability-rate",
                "60000/min",
                "cdx-budget",
                "unlimited");
        try (StandInArchive batched = new StandInArchive(1_000_000, 1_000_000, 1_000_000);
                StandInArchive cdxOnly = new StandInArchive(1_000_000, 1_000_000, 1_000_000)) {
            ArchiveBenchCorpus corpus =
                    new ArchiveBenchCorpus(batched, ArchiveStepBench::deadUrl, ArchiveStepBench::liveUrl);
            new ArchiveBenchCorpus(cdxOnly, ArchiveStepBench::deadUrl, ArchiveStepBench::liveUrl);
            List<ArchiveQuery> queries = queries(corpus);
            List<ArchiveFinding> fast = run(
                    "batched flow (limits lifted)",
                    ArchiveTestSupport.advisor(
                            ArchiveTestSupport.migratedDatabase(), defaults(batched.base(), lifted), Clock.systemUTC()),
                    queries,
                    batched);
            Map<String, String> cdxOnlySettings = new HashMap<>(lifted);
            cdxOnlySettings.put("availability-enabled", "false");
            List<ArchiveFinding> reference = run(
                    "CDX-only path (limits lifted)",
                    ArchiveTestSupport.advisor(
                            ArchiveTestSupport.migratedDatabase(),
                            defaults(cdxOnly.base(), cdxOnlySettings),
                            Clock.systemUTC()),
                    queries,
                    cdxOnly);
            neverNon200(fast, corpus);
            neverNon200(reference, corpus);
            compare(fast, reference, queries);
        }
    }

    /** The shipped defaults (config/application.yml), the endpoints on the stand-in. */
    private static ArchiveProperties defaults(String base, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                "availability-enabled", "true",
                "rate", "24/min",
                "availability-rate", "20/min",
                "replay-rate", "480/min",
                "pause-on-429", "60s",
                "max-429-pause", "60s"));
        values.putAll(overrides);
        return ArchiveTestSupport.settings(base, values);
    }

    private static List<ArchiveFinding> run(
            String name, ArchiveAdvisor advisor, List<ArchiveQuery> queries, StandInArchive archive) {
        Map<String, Long> before = new TreeMap<>();
        Map<String, Long> refusedBefore = new TreeMap<>();
        for (String endpoint : List.of("cdx", "availability", "replay")) {
            before.put(endpoint, archive.count(archive.requests, endpoint));
            refusedBefore.put(endpoint, archive.count(archive.refused, endpoint));
        }
        ArchiveSession session = advisor.startSession();
        long start = System.nanoTime();
        List<ArchiveFinding> findings = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += CHUNK) {
            findings.addAll(session.examine(queries.subList(from, Math.min(queries.size(), from + CHUNK))));
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> bySource = new TreeMap<>();
        long deferred = 0;
        for (int i = 0; i < DEAD; i++) {
            SnapshotLookup lookup = findings.get(i).lookup();
            if (lookup instanceof SnapshotLookup.Found found) {
                bySource.merge(found.snapshot().source().label(), 1L, Long::sum);
            } else {
                bySource.merge(lookup == null ? "none" : lookup.getClass().getSimpleName(), 1L, Long::sum);
            }
            deferred += lookup instanceof SnapshotLookup.Deferred ? 1 : 0;
        }
        System.out.printf("%n== %s: wall %ds, %d deferred%n", name, wall.toSeconds(), deferred);
        for (String endpoint : List.of("cdx", "availability", "replay")) {
            long requests = archive.count(archive.requests, endpoint) - before.get(endpoint);
            System.out.printf(
                    "   %-12s %5d requests, %.3f per dead link, %d answered 429%n",
                    endpoint,
                    requests,
                    requests / (double) DEAD,
                    archive.count(archive.refused, endpoint) - refusedBefore.get(endpoint));
        }
        System.out.println("   dead links by outcome/source: " + bySource);
        System.out.println("   client-side counts: " + session.usage().byEndpoint());
        return findings;
    }

    private static void neverNon200(List<ArchiveFinding> findings, ArchiveBenchCorpus corpus) {
        for (ArchiveFinding finding : findings) {
            if (finding.lookup() instanceof SnapshotLookup.Found found
                    && found.snapshot().source() != SnapshotSource.CITATION) {
                assertThat(corpus.isNon200(found.snapshot().url()))
                        .as("never a capture of a non-200 response: "
                                + found.snapshot().url())
                        .isFalse();
            }
        }
    }

    private static String deadUrl(int i) {
        return "http://dead.example/p/" + i;
    }

    private static String liveUrl(int j) {
        return "http://live.example/p/" + j;
    }

    /** Where both paths found an archive snapshot, it is the same capture. */
    private static void compare(
            List<ArchiveFinding> night, List<ArchiveFinding> reference, List<ArchiveQuery> queries) {
        int both = 0;
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < DEAD; i++) {
            if (night.get(i).lookup() instanceof SnapshotLookup.Found a
                    && reference.get(i).lookup() instanceof SnapshotLookup.Found b
                    && a.snapshot().source() != SnapshotSource.CITATION
                    && b.snapshot().source() != SnapshotSource.CITATION) {
                both++;
                if (a.snapshot().timestamp().equals(b.snapshot().timestamp())) {
                    same++;
                } else if (differ.size() < 5) {
                    differ.add(queries.get(i).citation().url() + " "
                            + a.snapshot().url() + " vs " + b.snapshot().url());
                }
            }
        }
        System.out.printf(
                "%n== same snapshot as the CDX-only path: %d of %d where both answered %s%n", same, both, differ);
        assertThat(same).isEqualTo(both);
    }

    /** The corpus as the archive step's queries, in order. */
    private static List<ArchiveQuery> queries(ArchiveBenchCorpus corpus) {
        return corpus.entries().stream()
                .map(e -> new ArchiveQuery(
                        citation(
                                e.url(),
                                e.citedArchive(),
                                e.archiveDate() == null
                                        ? null
                                        : new CitationDate(
                                                e.archiveDate().toString(),
                                                e.archiveDate(),
                                                CitationDate.Precision.DAY),
                                e.dead()),
                        e.dead(),
                        ArchiveBenchCorpus.TARGET))
                .toList();
    }

    private static Citation citation(String url, String archiveUrl, CitationDate archiveDate, boolean dead) {
        return new Citation(
                "Bench page",
                1,
                1,
                url,
                url,
                "cite web",
                "url",
                "Page",
                archiveUrl,
                archiveDate,
                null,
                false,
                dead ? "dead" : null,
                null,
                null,
                1,
                null,
                null,
                null,
                false,
                false);
    }
}
