package org.citewatch.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries the audit job's steps read their work from, as Spring Batch readers.
 *
 * <p>Each query leaves out what this run has already stored (checks, archive findings), so a
 * restarted step resumes by construction: the readers do not save a position ({@code saveState(false)}),
 * because skipping the rows already written would skip them twice.
 */
public final class HistoryReaders {

    /**
     * A link {@code l} is due and not yet checked in the run; parameters: run id, recheck all, the
     * ALIVE cutoff, the DEAD/UNKNOWN cutoff.
     */
    private static final String DUE = """
            l.skip_reason IS NULL
              AND NOT EXISTS (SELECT 1 FROM cw_check k WHERE k.link_id = l.id AND k.run_id = ?)
              AND (? OR l.last_checked IS NULL
                   OR (l.last_verdict = 'ALIVE' AND l.last_checked <= ?)
                   OR (l.last_verdict <> 'ALIVE' AND l.last_checked <= ?))""";

    /** The links of a run, in a partition's range of host buckets, that are due and not yet checked in the run. */
    private static final String DUE_WHERE = """
            FROM cw_run_link r JOIN cw_link l ON l.id = r.link_id
            WHERE r.run_id = ? AND l.host_bucket >= ? AND l.host_bucket < ? AND\s""" + DUE;

    /** The due links cited by some documents (their ids are appended as an IN list), in the order first seen. */
    private static final String DUE_IN_DOCUMENTS = """
            SELECT l.id, l.url, l.consecutive_failures, l.first_failure_at, l.last_failure_at, l.confirmed_dead,
                l.flapping, l.last_checked
            FROM cw_link l
            WHERE l.id IN (SELECT c.link_id FROM cw_citation c WHERE c.document_id IN (%s)) AND\s""" + DUE + " ORDER BY l.id";

    /**
     * Interleaves hosts (every host's first URL, then every host's second, ...) so that a chunk
     * spreads over many hosts and the per-host limit never leaves the global one idle.
     */
    private static final String DUE_URLS = "SELECT * FROM (SELECT l.id, l.url, l.host, l.consecutive_failures, "
            + "l.first_failure_at, l.last_failure_at, l.confirmed_dead, l.flapping, l.last_checked, "
            + "ROW_NUMBER() OVER (PARTITION BY l.host ORDER BY l.id) AS host_rank "
            + DUE_WHERE
            + ") due ORDER BY host_rank, host";

    private static final String ARCHIVE_CANDIDATES = """
            SELECT %s, l.first_seen AS link_first_seen,
                CASE WHEN l.last_verdict = 'DEAD' OR l.confirmed_dead THEN TRUE ELSE FALSE END AS link_dead
            FROM cw_run_document rd
            JOIN cw_citation c ON c.document_id = rd.document_id
            JOIN cw_document d ON d.id = c.document_id
            JOIN cw_link l ON l.id = c.link_id
            WHERE rd.run_id = ?
              AND (c.archive_url IS NOT NULL OR c.marked_dead OR l.last_verdict = 'DEAD' OR l.confirmed_dead)
              AND NOT EXISTS (SELECT 1 FROM cw_citation_archive a WHERE a.citation_id = c.id AND a.run_id = ?)
            ORDER BY c.id""".formatted(CitationRows.COLUMNS);

    private final DataSource dataSource;
    private final RecheckPolicy recheck;

    HistoryReaders(DataSource dataSource, RecheckPolicy recheck) {
        this.dataSource = dataSource;
        this.recheck = recheck;
    }

    /**
     * The URLs of a run that are due for a check, within host buckets {@code [fromBucket, toBucket)}.
     *
     * @param recheckAll every URL is due, whatever the recheck policy says
     * @param now the run's reference time for the recheck policy
     */
    public JdbcCursorItemReader<DueLink> dueUrls(
            String name, long runId, int fromBucket, int toBucket, boolean recheckAll, Instant now) {
        return new JdbcCursorItemReaderBuilder<DueLink>()
                .name(name)
                .saveState(false)
                .dataSource(dataSource)
                .sql(DUE_URLS)
                .queryArguments(dueArguments(runId, fromBucket, toBucket, recheckAll, now))
                .rowMapper((rs, i) -> dueLink(rs))
                .build();
    }

    private static DueLink dueLink(ResultSet rs) throws SQLException {
        return new DueLink(
                rs.getLong("id"),
                rs.getString("url"),
                LinkRepository.state(rs),
                Sql.instant(rs, "last_checked") != null);
    }

    /** How many URLs of a run are due for a check, over all host buckets. */
    public int countDue(long runId, boolean recheckAll, Instant now) {
        Integer count = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT COUNT(*) " + DUE_WHERE,
                        Integer.class,
                        dueArguments(runId, 0, Keys.HOST_BUCKETS, recheckAll, now));
        return count == null ? 0 : count;
    }

    /**
     * The links, cited by the given documents, that are due for a check in the run and not yet
     * checked in it; each once, with the state their result moves on from (as {@link #dueUrls} reads them).
     */
    public List<DueLink> dueLinksOf(long runId, List<Long> documentIds, boolean recheckAll, Instant now) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(documentIds);
        arguments.addAll(List.of(dueArguments(runId, recheckAll, now)));
        String placeholders = String.join(",", Collections.nCopies(documentIds.size(), "?"));
        return new JdbcTemplate(dataSource)
                .query(DUE_IN_DOCUMENTS.formatted(placeholders), (rs, i) -> dueLink(rs), arguments.toArray());
    }

    private Object[] dueArguments(long runId, int fromBucket, int toBucket, boolean recheckAll, Instant now) {
        List<Object> arguments = new ArrayList<>(List.of(runId, fromBucket, toBucket));
        arguments.addAll(List.of(dueArguments(runId, recheckAll, now)));
        return arguments.toArray();
    }

    /** The parameters of {@link #DUE}. */
    private Object[] dueArguments(long runId, boolean recheckAll, Instant now) {
        return new Object[] {
            runId, recheckAll, Sql.timestamp(recheck.aliveCutoff(now)), Sql.timestamp(recheck.failedCutoff(now))
        };
    }

    /** The citations of a run that the archive step has still to look at. */
    public JdbcCursorItemReader<ArchiveCandidate> archiveCandidates(String name, long runId) {
        return new JdbcCursorItemReaderBuilder<ArchiveCandidate>()
                .name(name)
                .saveState(false)
                .dataSource(dataSource)
                .sql(ARCHIVE_CANDIDATES)
                .queryArguments(runId, runId)
                .rowMapper((rs, i) -> new ArchiveCandidate(
                        rs.getLong("id"),
                        CitationRows.read(rs),
                        rs.getBoolean("link_dead"),
                        Sql.instant(rs, "link_first_seen")))
                .build();
    }

    /**
     * The host buckets of a run's links, in order: the drift step's work, a bucket at a time (all links
     * of a host share its bucket, and the drift rules judge a host as a whole). A restarted step goes
     * through every bucket again; the drift step replaces what it stored, and what it read of the
     * archive is kept in the database.
     */
    public JdbcCursorItemReader<Integer> runHostBuckets(String name, long runId) {
        return new JdbcCursorItemReaderBuilder<Integer>()
                .name(name)
                .saveState(false)
                .dataSource(dataSource)
                .sql("""
                        SELECT DISTINCT l.host_bucket FROM cw_run_link r JOIN cw_link l ON l.id = r.link_id
                        WHERE r.run_id = ? ORDER BY l.host_bucket""")
                .queryArguments(runId)
                .rowMapper((rs, i) -> rs.getInt("host_bucket"))
                .build();
    }

    /** The number of host buckets; the check step's partitions split {@code [0, hostBuckets())}. */
    public static int hostBuckets() {
        return Keys.HOST_BUCKETS;
    }
}
