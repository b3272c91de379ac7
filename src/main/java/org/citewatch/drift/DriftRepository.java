package org.citewatch.drift;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citewatch.archive.CapturedPage;
import org.citewatch.check.PageDigest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drift step's tables ({@code db/migration/common/V14__content_drift.sql}): what it reads of a
 * run's ALIVE links, the archived pages it read (kept for good), and its findings per citation and run.
 */
public final class DriftRepository {

    private final JdbcTemplate jdbc;

    public DriftRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The citations of the run's documents whose link's latest check up to the run is ALIVE, for the
     * hosts of one host bucket, grouped by host. The snapshot is the one the archive step chose for the
     * citation in the run, when it chose a usable one.
     */
    Map<String, List<CitedPage>> alivePages(long runId, int bucket) {
        Map<String, List<CitedPage>> byHost = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT c.id AS citation_id, c.title, c.archive_url, l.url AS link_url, l.host,
                    k.page_title, k.page_heading, k.page_text, a.snapshot_at, a.snapshot_status
                FROM cw_run_link r
                JOIN cw_link l ON l.id = r.link_id
                JOIN cw_check k ON k.link_id = l.id
                    AND k.run_id = (SELECT MAX(k2.run_id) FROM cw_check k2 WHERE k2.link_id = l.id AND k2.run_id <= ?)
                JOIN cw_citation c ON c.link_id = l.id
                JOIN cw_run_document rd ON rd.document_id = c.document_id AND rd.run_id = r.run_id
                LEFT JOIN cw_citation_archive a ON a.citation_id = c.id AND a.run_id = r.run_id
                WHERE r.run_id = ? AND l.host_bucket = ? AND k.verdict = 'ALIVE' AND l.skip_reason IS NULL
                ORDER BY l.host, l.url, c.id""",
                rs -> {
                    boolean usable = "VALID".equals(rs.getString("snapshot_status"));
                    byHost.computeIfAbsent(rs.getString("host"), h -> new ArrayList<>())
                            .add(new CitedPage(
                                    rs.getLong("citation_id"),
                                    rs.getString("title"),
                                    rs.getString("link_url"),
                                    rs.getString("archive_url"),
                                    usable ? instant(rs, "snapshot_at") : null,
                                    PageDigest.stored(
                                            rs.getString("page_title"),
                                            rs.getString("page_heading"),
                                            rs.getString("page_text"))));
                },
                runId,
                runId,
                bucket);
        return byHost;
    }

    /** An archived page read before, by its replay URL. */
    Optional<CapturedPage> capture(String replayUrl) {
        return jdbc
                .query(
                        "SELECT * FROM cw_capture_page WHERE capture_key = ?",
                        (rs, i) -> new CapturedPage(
                                rs.getString("capture_url"),
                                instant(rs, "fetched_at"),
                                rs.getString("page_title"),
                                rs.getString("page_heading"),
                                rs.getString("page_text")),
                        sha256(replayUrl))
                .stream()
                .findFirst();
    }

    /**
     * Keeps an archived page for good (a capture never changes); {@code capturedAt} is stored in
     * {@code fetched_at}'s place, which is what a reader needs. Only for a page {@link #capture} did not
     * find: the drift step is one thread, so nothing else stores it meanwhile.
     */
    void keepCapture(String replayUrl, CapturedPage page) {
        jdbc.update(
                """
                    INSERT INTO cw_capture_page (capture_key, capture_url, page_title, page_heading, page_text, fetched_at)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                sha256(replayUrl),
                clip(page.url(), 8192),
                clip(page.title(), 1000),
                clip(page.heading(), 1000),
                clip(page.text(), 2000),
                page.capturedAt().atOffset(ZoneOffset.UTC));
    }

    /** Replaces the run's findings for these citations (a resumed run stores a bucket again). */
    void store(long runId, List<Long> citationIds, Map<Long, DriftFinding> findings) {
        for (int i = 0; i < citationIds.size(); i += 500) {
            List<Long> batch = citationIds.subList(i, Math.min(citationIds.size(), i + 500));
            jdbc.update(
                    "DELETE FROM cw_drift_finding WHERE run_id = ? AND citation_id IN ("
                            + String.join(",", batch.stream().map(id -> "?").toList()) + ")",
                    args(runId, batch));
        }
        List<Object[]> rows = new ArrayList<>(findings.size());
        findings.forEach((citationId, f) -> rows.add(new Object[] {
            citationId,
            runId,
            f.kind().name(),
            f.countsAsDead(),
            clip(f.citedTitle(), 4000),
            clip(f.liveTitle(), 1000),
            clip(f.captureTitle(), 1000),
            clip(f.captureUrl(), 8192),
            f.capturedAt() == null ? null : f.capturedAt().atOffset(ZoneOffset.UTC),
            clip(f.evidence(), 4000)
        }));
        jdbc.batchUpdate("""
                INSERT INTO cw_drift_finding (citation_id, run_id, kind, counts_as_dead, cited_title, live_title,
                    capture_title, capture_url, capture_at, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * The run's findings by citation id; the report reads them through here, so that the table has one
     * owner.
     */
    public Map<Long, DriftFinding> findings(long runId) {
        Map<Long, DriftFinding> found = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM cw_drift_finding WHERE run_id = ?",
                rs -> {
                    found.put(
                            rs.getLong("citation_id"),
                            new DriftFinding(
                                    DriftKind.valueOf(rs.getString("kind")),
                                    rs.getString("cited_title"),
                                    rs.getString("live_title"),
                                    rs.getString("capture_title"),
                                    rs.getString("capture_url"),
                                    instant(rs, "capture_at"),
                                    rs.getString("evidence"),
                                    rs.getBoolean("counts_as_dead")));
                },
                runId);
        return found;
    }

    private static Object[] args(long runId, List<Long> ids) {
        Object[] args = new Object[ids.size() + 1];
        args[0] = runId;
        for (int i = 0; i < ids.size(); i++) {
            args[i + 1] = ids.get(i);
        }
        return args;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
