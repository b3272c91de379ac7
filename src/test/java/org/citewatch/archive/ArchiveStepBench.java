package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.citewatch.archive.StandInArchive.Capture;
import org.citewatch.archive.StandInArchive.Page;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 benchmark (not a test): {@code ./mvnw -B -Pbench test -Dtest=ArchiveStepBench}. The archive
 * step's work, chunk by chunk as the job cuts it (1,000 citations), at the default settings against a
 * {@link StandInArchive} on loopback that enforces the real limits; 2,000 dead links and 2,000 cited
 * archive URLs (half on the dead links, half on live links). Prints the wall time, the requests per
 * endpoint and per dead link, the 429s, the deferred lookups; runs the next night on the same
 * database; then compares the snapshots with the CDX-only path (Availability off, no budget, the
 * stand-in's limits lifted) and checks that no capture of a non-200 response is ever offered.
 */
@Tag("bench")
class ArchiveStepBench {

    private static final int DEAD = 2_000;
    private static final int LIVE_WITH_ARCHIVE = 1_000;
    private static final int CHUNK = 1_000;
    private static final LocalDate TARGET = LocalDate.parse("2015-06-01");

    @Test
    void archiveStepAtTheRealLimits() throws Exception {
        DataSource database = ArchiveTestSupport.migratedDatabase();
        Map<String, Set<String>> non200 = new HashMap<>();
        List<ArchiveQuery> queries;
        try (StandInArchive archive = new StandInArchive()) {
            queries = corpus(archive, non200);
            ArchiveAdvisor advisor =
                    ArchiveTestSupport.advisor(database, defaults(archive.base(), Map.of()), Clock.systemUTC());
            List<ArchiveFinding> night1 = run("night 1 (default settings)", advisor, queries, archive);
            List<ArchiveFinding> night2 = run("night 2 (same database)", advisor, queries, archive);
            neverNon200(night1, non200);
            neverNon200(night2, non200);
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
            Map<String, Set<String>> non200 = new HashMap<>();
            List<ArchiveQuery> queries = corpus(batched, non200);
            corpus(cdxOnly, new HashMap<>());
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
            neverNon200(fast, non200);
            neverNon200(reference, non200);
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

    private static void neverNon200(List<ArchiveFinding> findings, Map<String, Set<String>> non200) {
        for (ArchiveFinding finding : findings) {
            if (finding.lookup() instanceof SnapshotLookup.Found found
                    && found.snapshot().source() != SnapshotSource.CITATION) {
                // the stand-in's replay URL: <base>/web/<14 digits>/<original>
                String snapshot = found.snapshot().url();
                String rest = snapshot.substring(snapshot.indexOf("/web/") + "/web/".length());
                assertThat(non200.getOrDefault(rest.substring(15), Set.of()))
                        .as("never a capture of a non-200 response: " + snapshot)
                        .doesNotContain(rest.substring(0, 14));
            }
        }
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

    /**
     * 2,000 dead links, by {@code i % 100}: 50 good capture before the target, 20 only after it, 3 only
     * in CDX (Availability empty), 20 with a 404 and a redirect captured nearer the target than the
     * good capture, 1 listed as 200 but replaying as a redirect, 6 never archived. The first 1,000 cite
     * an archive (by {@code i % 10}: 7 a good capture, 1 a mismatched archive-date, 1 a captured 404, 1
     * an inexact timestamp); 1,000 live links cite one too.
     */
    private static List<ArchiveQuery> corpus(StandInArchive archive, Map<String, Set<String>> non200) {
        List<ArchiveQuery> queries = new ArrayList<>();
        for (int i = 0; i < DEAD; i++) {
            String url = "http://dead.example/p/" + i;
            int kind = i % 100;
            List<Capture> captures;
            boolean inAvailability = true;
            if (kind < 50) {
                captures = StandInArchive.captures(
                        new Capture("20140101120000", 200, true), new Capture("20160101120000", 200, true));
            } else if (kind < 70) {
                captures = StandInArchive.captures(new Capture("20160101120000", 200, true));
            } else if (kind < 73) {
                captures = StandInArchive.captures(new Capture("20140301000000", 200, true));
                inAvailability = false;
            } else if (kind < 93) {
                captures = StandInArchive.captures(
                        new Capture("20130101000000", 200, true),
                        new Capture("20150501000000", 404, false),
                        new Capture("20150520000000", 302, false));
                non200.put(url, Set.of("20150501000000", "20150520000000"));
            } else if (kind < 94) {
                captures = StandInArchive.captures(
                        new Capture("20120101000000", 200, true), new Capture("20150101000000", 200, false));
                non200.put(url, Set.of("20150101000000"));
            } else {
                captures = StandInArchive.captures();
            }
            archive.put(url, new Page(captures, inAvailability));
            String cited = null;
            CitationDate archiveDate = null;
            if (i < DEAD / 2) {
                int form = i % 10;
                String ts =
                        captures.isEmpty() ? "20140101120000" : captures.get(0).timestamp();
                if (form == 8 && non200.containsKey(url)) {
                    ts = non200.get(url).iterator().next();
                } else if (form == 9) {
                    ts = ts.substring(0, 8) + "000001";
                }
                cited = "https://web.archive.org/web/" + ts + "/" + url;
                LocalDate date = form == 7
                        ? LocalDate.parse("2001-01-01")
                        : Timestamps.utcDate(Timestamps.parse(ts).orElseThrow());
                archiveDate = new CitationDate(date.toString(), date, CitationDate.Precision.DAY);
            }
            queries.add(new ArchiveQuery(citation(url, cited, archiveDate, true), true, TARGET));
        }
        for (int j = 0; j < LIVE_WITH_ARCHIVE; j++) {
            String url = "http://live.example/p/" + j;
            archive.put(url, new Page(StandInArchive.captures(new Capture("20140101120000", 200, true)), true));
            queries.add(new ArchiveQuery(
                    citation(url, "https://web.archive.org/web/20140101120000/" + url, null, false), false, TARGET));
        }
        return queries;
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
