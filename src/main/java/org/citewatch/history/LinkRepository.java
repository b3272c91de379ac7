package org.citewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.citewatch.check.CheckResult;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links (unique normalized URLs) and every check made of them. Thread-safe; the check step's
 * partitions call {@link #record} concurrently for disjoint sets of hosts.
 */
public final class LinkRepository {

    private final JdbcTemplate jdbc;
    private final ConfirmationPolicy confirmation;

    LinkRepository(JdbcTemplate jdbc, ConfirmationPolicy confirmation) {
        this.jdbc = jdbc;
        this.confirmation = confirmation;
    }

    /** The id of the link for a normalized URL, created (first seen now) when new. */
    long idFor(String url, String skipReason, Instant now) {
        String key = Keys.sha256(url);
        List<Long> ids = jdbc.queryForList("SELECT id FROM cw_link WHERE url_key = ?", Long.class, key);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        String host = Keys.host(url);
        jdbc.update(
                "INSERT INTO cw_link (url, url_key, host, host_bucket, skip_reason, first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                Sql.clip(url, 8000),
                key,
                Sql.clip(host, 1000),
                Keys.bucket(host),
                skipReason,
                Sql.timestamp(now));
        return jdbc.queryForObject("SELECT id FROM cw_link WHERE url_key = ?", Long.class, key);
    }

    /**
     * Stores check results of a run and moves each link's state on. A result already stored for
     * the run (a chunk written again after a restart) is left alone.
     */
    public void record(long runId, List<CheckResult> results) {
        for (CheckResult result : results) {
            long linkId = idFor(result.url(), null, result.checkedAt());
            Integer already = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM cw_check WHERE link_id = ? AND run_id = ?", Integer.class, linkId, runId);
            if (already != null && already > 0) {
                continue;
            }
            insertCheck(linkId, runId, result);
            LinkState previous = state(linkId);
            LinkState next = confirmation.next(previous, result.verdict(), result.checkedAt(), recentVerdicts(linkId));
            jdbc.update(
                    """
                    UPDATE cw_link SET last_checked = ?, last_verdict = ?, consecutive_failures = ?,
                        first_failure_at = ?, last_failure_at = ?, confirmed_dead = ?, flapping = ?
                    WHERE id = ?""",
                    Sql.timestamp(result.checkedAt()),
                    result.verdict().name(),
                    next.consecutiveFailures(),
                    Sql.timestamp(next.firstFailureAt()),
                    Sql.timestamp(next.lastFailureAt()),
                    next.confirmedDead(),
                    next.flapping(),
                    linkId);
        }
    }

    private void insertCheck(long linkId, long runId, CheckResult r) {
        jdbc.update(
                """
                INSERT INTO cw_check (link_id, run_id, checked_at, verdict, reason, http_status, final_url,
                    elapsed_ms, content_type, bytes_read, attempts, evidence, tls_invalid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                linkId,
                runId,
                Sql.timestamp(r.checkedAt()),
                r.verdict().name(),
                r.reason().name(),
                r.httpStatus(),
                Sql.clip(r.finalUrl(), 8000),
                r.elapsed().toMillis(),
                Sql.clip(r.contentType(), 200),
                r.bytesRead(),
                r.attempts(),
                Sql.clip(r.evidence(), 4000),
                r.tlsInvalid());
    }

    private LinkState state(long linkId) {
        return jdbc.queryForObject(
                "SELECT consecutive_failures, first_failure_at, last_failure_at, confirmed_dead, flapping FROM cw_link WHERE id = ?",
                (rs, i) -> new LinkState(
                        rs.getInt("consecutive_failures"),
                        Sql.instant(rs, "first_failure_at"),
                        Sql.instant(rs, "last_failure_at"),
                        rs.getBoolean("confirmed_dead"),
                        rs.getBoolean("flapping")),
                linkId);
    }

    private List<Verdict> recentVerdicts(long linkId) {
        List<Verdict> newestFirst = jdbc.query(
                "SELECT verdict FROM cw_check WHERE link_id = ? ORDER BY checked_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                (rs, i) -> Verdict.valueOf(rs.getString(1)),
                linkId,
                confirmation.flapWindow());
        List<Verdict> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Every check of a link, oldest first; empty when the URL was never checked or never seen. */
    public List<StoredCheck> checks(String url) {
        return jdbc.query(
                """
                SELECT k.* FROM cw_check k JOIN cw_link l ON l.id = k.link_id
                WHERE l.url_key = ? ORDER BY k.checked_at, k.id""",
                (rs, i) -> new StoredCheck(
                        rs.getLong("run_id"),
                        Sql.instant(rs, "checked_at"),
                        Verdict.valueOf(rs.getString("verdict")),
                        Reason.valueOf(rs.getString("reason")),
                        Sql.integer(rs, "http_status"),
                        rs.getString("final_url"),
                        Duration.ofMillis(rs.getLong("elapsed_ms")),
                        rs.getString("evidence")),
                Keys.sha256(url));
    }

    /** A link's history summary, or empty when citewatch has never seen the URL. */
    public Optional<LinkStatus> status(String url) {
        return jdbc
                .query(
                        """
                        SELECT url, first_seen, last_checked, last_verdict, consecutive_failures, first_failure_at,
                            confirmed_dead, flapping
                        FROM cw_link WHERE url_key = ?""",
                        (rs, i) -> new LinkStatus(
                                rs.getString("url"),
                                Sql.instant(rs, "first_seen"),
                                Sql.instant(rs, "last_checked"),
                                Optional.ofNullable(rs.getString("last_verdict"))
                                        .map(Verdict::valueOf)
                                        .orElse(null),
                                rs.getInt("consecutive_failures"),
                                Sql.instant(rs, "first_failure_at"),
                                rs.getBoolean("confirmed_dead"),
                                rs.getBoolean("flapping")),
                        Keys.sha256(url))
                .stream()
                .findFirst();
    }
}
