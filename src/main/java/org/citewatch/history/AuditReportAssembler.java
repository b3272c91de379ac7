package org.citewatch.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftRepository;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;
import org.citewatch.report.ArchiveActivity;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.HistoryEntry;
import org.citewatch.report.LinkReport;
import org.citewatch.report.RunSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the {@link AuditReport} of a run from the database alone, so that {@code citewatch report}
 * renders it again without checking anything.
 *
 * <p>Each link shows its latest check made up to that run (a link not due in the run keeps the
 * verdict of its last check), its current confirmed and flapping state, its latest
 * {@value #HISTORY_LENGTH} checks, and every citation of it in the run's documents with what the
 * archive step found for that citation.
 */
public final class AuditReportAssembler {

    /** Checks shown per link; enough to see a flapping link at a glance. */
    static final int HISTORY_LENGTH = 5;

    /** The style of documents stored before citewatch kept one: that of an unknown language without dates. */
    private static final DateStyle UNKNOWN_STYLE = DateStyle.detect("", null);

    /** Runs shown in the trend chart. */
    static final int TREND_LENGTH = 60;

    private final JdbcTemplate jdbc;
    private final RunRepository runs;
    private final DocumentRepository documents;
    private final ArchiveRepository archives;
    private final DriftRepository drift;

    AuditReportAssembler(
            JdbcTemplate jdbc, RunRepository runs, DocumentRepository documents, ArchiveRepository archives) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.documents = documents;
        this.archives = archives;
        this.drift = new DriftRepository(jdbc);
    }

    /**
     * @param finishedAt the finish time to report when the run has not been finished yet (the
     *     report step assembles the report before it marks the run finished)
     * @throws IllegalArgumentException for an unknown run id
     */
    public AuditReport assemble(long runId, Instant finishedAt) {
        RunRepository.RunRow run =
                runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no run with id " + runId));
        // The checks, the citations and the links are three independent reads: run side by side.
        ExecutorService readers = Executors.newFixedThreadPool(2, AuditReportAssembler::readerThread);
        Checks checks;
        Map<Long, List<CitationReport>> citations;
        List<LinkRow> linkRows;
        try {
            CompletableFuture<Checks> checksRead = CompletableFuture.supplyAsync(() -> checks(runId), readers);
            CompletableFuture<Map<Long, List<CitationReport>>> citationsRead = CompletableFuture.supplyAsync(
                    () -> citations(runId, archives.findings(runId), drift.findings(runId)), readers);
            linkRows = linkRows(runId);
            checks = join(checksRead);
            citations = join(citationsRead);
        } finally {
            readers.shutdown();
        }

        List<LinkReport> links = new ArrayList<>(linkRows.size());
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
        for (LinkRow row : linkRows) {
            List<CitationReport> cited = citations.getOrDefault(row.id(), List.of());
            String skip = row.skipReason();
            Check check = checks.latest().get(row.id());
            DriftFinding dead = deadByDrift(check, cited);
            LinkReport link = new LinkReport(
                    row.url(),
                    skip != null
                            ? Verdict.SKIPPED
                            : check == null ? Verdict.UNKNOWN : dead != null ? Verdict.DEAD : check.verdict(),
                    skip != null
                            ? Reason.valueOf(skip)
                            : check == null
                                    ? Reason.NETWORK_UNAVAILABLE
                                    : dead != null ? Reason.valueOf(dead.kind().name()) : check.reason(),
                    check == null ? null : check.httpStatus(),
                    check == null ? null : check.finalUrl(),
                    check == null ? null : check.checkedAt(),
                    row.confirmedDead(),
                    row.flapping(),
                    check == null
                            ? (skip == null ? "not checked yet" : null)
                            : dead != null ? dead.evidence() : check.evidence(),
                    linkSnapshot(cited),
                    checks.history().getOrDefault(row.id(), List.of()),
                    cited);
            links.add(link);
            byVerdict.merge(link.verdict(), 1, Integer::sum);
            byReason.merge(link.reason(), 1, Integer::sum);
        }

        int citationCount = citations.values().stream().mapToInt(List::size).sum();
        Integer documentCount =
                jdbc.queryForObject("SELECT COUNT(*) FROM cw_run_document WHERE run_id = ?", Integer.class, runId);
        var errors = documents.errors(runId);
        RunSummary summary = new RunSummary(
                runId,
                run.startedAt(),
                run.finishedAt() != null ? run.finishedAt() : finishedAt,
                run.inputs(),
                documentCount == null ? 0 : documentCount,
                citationCount,
                links.size(),
                byVerdict,
                byReason,
                errors.size(),
                archiveActivity(runId, links));
        return new AuditReport(summary, links, errors, runs.trend(runId, TREND_LENGTH));
    }

    /**
     * The drift finding that makes an ALIVE link DEAD ({@code citewatch.drift.treat-as-dead} was on when
     * it was found), or {@code null}: a usurped host's finding wins over a changed page's.
     */
    private static DriftFinding deadByDrift(Check check, List<CitationReport> cited) {
        if (check == null || check.verdict() != Verdict.ALIVE) {
            return null;
        }
        DriftFinding dead = null;
        for (CitationReport citation : cited) {
            DriftFinding drift = citation.drift();
            if (drift != null
                    && drift.countsAsDead()
                    && (dead == null || drift.kind().compareTo(dead.kind()) > 0)) {
                dead = drift;
            }
        }
        return dead;
    }

    /** The archive step's requests and deferred lookups, and which source answered per dead link. */
    private ArchiveActivity archiveActivity(long runId, List<LinkReport> links) {
        Map<String, Integer> bySource = new TreeMap<>();
        for (LinkReport link : links) {
            if ((link.verdict() == Verdict.DEAD || link.confirmedDead()) && link.archive() != null) {
                bySource.merge(link.archive().source().label(), 1, Integer::sum);
            }
        }
        Integer deferred = jdbc.queryForObject(
                "SELECT COUNT(*) FROM cw_citation_archive WHERE run_id = ? AND lookup = 'DEFERRED'",
                Integer.class,
                runId);
        return new ArchiveActivity(archives.usage(runId), deferred == null ? 0 : deferred, bySource);
    }

    /** The run's links in URL order, as stored. */
    private List<LinkRow> linkRows(long runId) {
        return jdbc.query(
                """
                SELECT l.id, l.url, l.skip_reason, l.confirmed_dead, l.flapping
                FROM cw_run_link r JOIN cw_link l ON l.id = r.link_id
                WHERE r.run_id = ? ORDER BY l.url""",
                (rs, i) -> new LinkRow(
                        rs.getLong("id"),
                        rs.getString("url"),
                        rs.getString("skip_reason"),
                        rs.getBoolean("confirmed_dead"),
                        rs.getBoolean("flapping")),
                runId);
    }

    private record LinkRow(long id, String url, String skipReason, boolean confirmedDead, boolean flapping) {}

    /** Each link's latest check and its latest {@value #HISTORY_LENGTH}, newest first. */
    private record Checks(Map<Long, Check> latest, Map<Long, List<HistoryEntry>> history) {}

    private Checks checks(long runId) {
        Map<Long, List<HistoryEntry>> history = new HashMap<>();
        Map<Long, Check> latest = new HashMap<>();
        forEachCheck(runId, (linkId, check) -> {
            latest.putIfAbsent(linkId, check);
            List<HistoryEntry> entries = history.computeIfAbsent(linkId, id -> new ArrayList<>());
            if (entries.size() < HISTORY_LENGTH) {
                entries.add(new HistoryEntry(check.checkedAt(), check.verdict(), check.reason(), check.httpStatus()));
            }
        });
        return new Checks(latest, history);
    }

    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // the database's own exception, as from a read on this thread
            }
            throw e;
        }
    }

    private static Thread readerThread(Runnable task) {
        Thread thread = new Thread(task, "citewatch-report-reader");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The link's snapshot ({@link LinkSnapshot}): a citation's own working archive, else the one found for
     * the citation with the earliest target date.
     */
    private static Snapshot linkSnapshot(List<CitationReport> citations) {
        return LinkSnapshot.choose(citations).orElse(null);
    }

    /**
     * The citations of the run's documents by link, each link's in document-name order, then in
     * document order. Sorted here rather than by the database: a large run's citations are more
     * rows than H2 sorts in memory (it spills them to a temporary file), while unsorted rows stream.
     * The document names are still ordered by the database, so its collation decides as before.
     */
    private Map<Long, List<CitationReport>> citations(
            long runId, Map<Long, CitationArchive> findings, Map<Long, DriftFinding> drifts) {
        Map<Long, Integer> documentRank = documentRanks(runId);
        Map<Long, List<RankedCitation>> ranked = new HashMap<>();
        jdbc.query(
                """
                SELECT %s, l.first_seen AS link_first_seen, d.date_style AS document_date_style
                FROM cw_run_document rd
                JOIN cw_citation c ON c.document_id = rd.document_id
                JOIN cw_document d ON d.id = c.document_id
                JOIN cw_link l ON l.id = c.link_id
                WHERE rd.run_id = ?""".formatted(CitationRows.COLUMNS),
                rs -> {
                    Citation citation = CitationRows.read(rs);
                    CitationArchive found = findings.get(rs.getLong("id"));
                    LocalDate firstSeen = Sql.instant(rs, "link_first_seen")
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate();
                    String style = rs.getString("document_date_style");
                    ranked.computeIfAbsent(rs.getLong("link_id"), id -> new ArrayList<>())
                            .add(new RankedCitation(
                                    documentRank.get(rs.getLong("document_id")),
                                    rs.getInt("seq"),
                                    new CitationReport(
                                            citation,
                                            found == null ? null : found.archiveStatus(),
                                            found == null ? null : found.snapshot(),
                                            SnapshotTarget.of(citation, firstSeen),
                                            style == null ? UNKNOWN_STYLE : DateStyle.valueOf(style),
                                            drifts.get(rs.getLong("id")))));
                },
                runId);
        Map<Long, List<CitationReport>> byLink = new HashMap<>();
        ranked.forEach((linkId, citations) -> {
            citations.sort(RankedCitation.ORDER);
            byLink.put(linkId, citations.stream().map(RankedCitation::report).toList());
        });
        return byLink;
    }

    /** Each document of the run by its place in name order; documents of equal names share one. */
    private Map<Long, Integer> documentRanks(long runId) {
        Map<Long, Integer> ranks = new HashMap<>();
        String[] previous = {null};
        int[] rank = {-1};
        jdbc.query(
                """
                SELECT d.id, d.name FROM cw_run_document rd JOIN cw_document d ON d.id = rd.document_id
                WHERE rd.run_id = ? ORDER BY d.name""",
                rs -> {
                    String name = rs.getString("name");
                    if (!name.equals(previous[0])) {
                        rank[0]++;
                        previous[0] = name;
                    }
                    ranks.put(rs.getLong("id"), rank[0]);
                },
                runId);
        return ranks;
    }

    private record RankedCitation(int documentRank, int seq, CitationReport report) {
        static final Comparator<RankedCitation> ORDER =
                Comparator.comparingInt(RankedCitation::documentRank).thenComparingInt(RankedCitation::seq);
    }

    /**
     * Visits the checks of the run's links made up to the run, newest first per link: one pass gives
     * each link's latest check and its latest {@value #HISTORY_LENGTH} (a large run has many
     * thousands of checks, too many to read twice). Sorted here, as the citations are, so that the
     * rows stream from the database instead of being sorted in a temporary file.
     */
    private void forEachCheck(long runId, BiConsumer<Long, Check> visitor) {
        List<Check> checks = new ArrayList<>();
        jdbc.query(
                """
                SELECT k.* FROM cw_check k JOIN cw_run_link r ON r.link_id = k.link_id AND r.run_id = ?
                WHERE k.run_id <= ?""",
                rs -> {
                    checks.add(new Check(
                            rs.getLong("link_id"),
                            rs.getLong("id"),
                            Sql.instant(rs, "checked_at"),
                            Verdict.valueOf(rs.getString("verdict")),
                            Reason.valueOf(rs.getString("reason")),
                            Sql.integer(rs, "http_status"),
                            rs.getString("final_url"),
                            rs.getString("evidence")));
                },
                runId,
                runId);
        checks.sort(Check.NEWEST_FIRST_PER_LINK);
        checks.forEach(check -> visitor.accept(check.linkId(), check));
    }

    private record Check(
            long linkId,
            long id,
            Instant checkedAt,
            Verdict verdict,
            Reason reason,
            Integer httpStatus,
            String finalUrl,
            String evidence) {

        /** As {@code ORDER BY link_id, checked_at DESC, id DESC}. */
        static final Comparator<Check> NEWEST_FIRST_PER_LINK = Comparator.comparingLong(Check::linkId)
                .thenComparing(Check::checkedAt, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingLong(Check::id).reversed());
    }
}
