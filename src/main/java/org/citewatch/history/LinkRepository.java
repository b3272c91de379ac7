package org.citewatch.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citewatch.check.CheckResult;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Links (unique normalized URLs) and every check made of them. Thread-safe; the check step's
 * partitions call {@link #record} concurrently for disjoint sets of hosts.
 */
public final class LinkRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ConfirmationPolicy confirmation;

    LinkRepository(JdbcTemplate jdbc, ConfirmationPolicy confirmation) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.confirmation = confirmation;
    }

    /**
     * Hosts that some stored citation puts behind a paywall or a login
     * ({@link Citation#PAYWALLED_ACCESS}); few, so the check step holds them in memory.
     */
    public Set<String> paywalledHosts() {
        String kinds = String.join(
                ", ",
                Citation.PAYWALLED_ACCESS.stream()
                        .map(k -> "'" + k + "'")
                        .sorted()
                        .toList());
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT l.host FROM cw_citation c JOIN cw_link l ON l.id = c.link_id"
                        + " WHERE c.url_access IN (" + kinds + ")",
                String.class));
    }

    /** The id of the link for a normalized URL, created (first seen now) when new. */
    long idFor(String url, String skipReason, Instant now) {
        return idsFor(List.of(new NewLink(url, skipReason)), now).get(url);
    }

    /** A URL as the extract step meets it. */
    record NewLink(String url, String skipReason) {}

    /**
     * The ids of the links for normalized URLs, creating (first seen now) those that are new; a few
     * statements per batch rather than three per URL, since a large corpus has many thousands.
     */
    Map<String, Long> idsFor(List<NewLink> urls, Instant now) {
        Map<String, NewLink> byKey = new LinkedHashMap<>();
        for (NewLink link : urls) {
            byKey.putIfAbsent(Keys.sha256(link.url()), link);
        }
        Map<String, Long> idsByKey = existingIds(byKey.keySet());
        List<Object[]> inserts = new ArrayList<>();
        for (Map.Entry<String, NewLink> entry : byKey.entrySet()) {
            if (!idsByKey.containsKey(entry.getKey())) {
                String url = entry.getValue().url();
                String host = Keys.host(url);
                inserts.add(new Object[] {
                    Sql.clip(url, 8000),
                    entry.getKey(),
                    Sql.clip(host, 1000),
                    Keys.bucket(host),
                    entry.getValue().skipReason(),
                    Sql.timestamp(now)
                });
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO cw_link (url, url_key, host, host_bucket, skip_reason, first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                    inserts);
            idsByKey = existingIds(byKey.keySet());
        }
        Map<String, Long> idsByUrl = new HashMap<>();
        for (Map.Entry<String, NewLink> entry : byKey.entrySet()) {
            idsByUrl.put(entry.getValue().url(), idsByKey.get(entry.getKey()));
        }
        return idsByUrl;
    }

    private Map<String, Long> existingIds(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> batch : batches(new ArrayList<>(keys))) {
            named.query("SELECT id, url_key FROM cw_link WHERE url_key IN (:keys)", Map.of("keys", batch), rs -> {
                ids.put(rs.getString("url_key"), rs.getLong("id"));
            });
        }
        return ids;
    }

    /** A due link and the result of checking it. */
    public record Checked(DueLink link, CheckResult result) {}

    /**
     * Stores check results of a run, given by URL, and moves each link's state on. A result
     * already stored for the run is left alone.
     */
    public void record(long runId, List<CheckResult> results) {
        Map<String, Long> ids =
                idsFor(results.stream().map(r -> new NewLink(r.url(), null)).toList(), Instant.now());
        Map<Long, Row> rows = rows(ids.values());
        List<Checked> checked = new ArrayList<>();
        for (CheckResult result : results) {
            long id = ids.get(result.url());
            Row row = rows.get(id);
            if (!row.checkedInRun(runId)) {
                checked.add(new Checked(new DueLink(id, result.url(), row.state(), row.everChecked()), result));
            }
        }
        recordChecked(runId, checked);
    }

    /**
     * Stores the results of due links (as the check step's reader gave them) and moves each link's
     * state on: two batch statements, plus one query for the links checked before and one for those
     * already stored in the run. A link's result already stored for the run is left alone, so storing
     * the same results again (a retried write, a check repeated after a restart) changes nothing.
     */
    public void recordChecked(long runId, List<Checked> results) {
        Set<Long> done =
                checkedInRun(runId, results.stream().map(c -> c.link().id()).toList());
        List<Checked> checked =
                results.stream().filter(c -> !done.contains(c.link().id())).toList();
        if (checked.isEmpty()) {
            return;
        }
        Map<Long, List<Verdict>> recent = recentVerdicts(checked.stream()
                .map(Checked::link)
                .filter(DueLink::checkedBefore)
                .map(DueLink::id)
                .toList());
        List<Object[]> checks = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Checked item : checked) {
            DueLink link = item.link();
            CheckResult result = item.result();
            if (!seen.add(link.id())) {
                continue;
            }
            List<Verdict> verdicts = new ArrayList<>(recent.getOrDefault(link.id(), List.of()));
            verdicts.add(result.verdict());
            LinkState next = confirmation.next(link.state(), result.verdict(), result.checkedAt(), verdicts);
            checks.add(checkArgs(link.id(), runId, result));
            updates.add(new Object[] {
                Sql.timestamp(result.checkedAt()), result.verdict().name(), next.consecutiveFailures(),
                Sql.timestamp(next.firstFailureAt()), Sql.timestamp(next.lastFailureAt()), next.confirmedDead(),
                next.flapping(), runId, link.id()
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO cw_check (link_id, run_id, checked_at, verdict, reason, http_status, final_url,
                    elapsed_ms, content_type, bytes_read, attempts, evidence, tls_invalid,
                    page_title, page_heading, page_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", checks);
        jdbc.batchUpdate("""
                UPDATE cw_link SET last_checked = ?, last_verdict = ?, consecutive_failures = ?,
                    first_failure_at = ?, last_failure_at = ?, confirmed_dead = ?, flapping = ?, last_run_id = ?
                WHERE id = ?""", updates);
    }

    /** Those of the links that have a check stored for the run. */
    private Set<Long> checkedInRun(long runId, List<Long> linkIds) {
        Set<Long> done = new HashSet<>();
        for (List<Long> batch : batches(linkIds)) {
            named.query(
                    "SELECT link_id FROM cw_check WHERE run_id = :run AND link_id IN (:ids)",
                    Map.of("run", runId, "ids", batch),
                    rs -> {
                        done.add(rs.getLong("link_id"));
                    });
        }
        return done;
    }

    /** A link's state and the run of its latest check. */
    private record Row(LinkState state, Long lastRunId, boolean everChecked) {
        boolean checkedInRun(long runId) {
            return lastRunId != null && lastRunId == runId;
        }
    }

    private Map<Long, Row> rows(Collection<Long> linkIds) {
        Map<Long, Row> rows = new HashMap<>();
        for (List<Long> batch : batches(new ArrayList<>(linkIds))) {
            named.query("""
                    SELECT id, consecutive_failures, first_failure_at, last_failure_at, confirmed_dead, flapping,
                        last_run_id, last_checked
                    FROM cw_link WHERE id IN (:ids)""", Map.of("ids", batch), rs -> {
                rows.put(
                        rs.getLong("id"),
                        new Row(state(rs), Sql.longValue(rs, "last_run_id"), Sql.instant(rs, "last_checked") != null));
            });
        }
        return rows;
    }

    /** Reads a link's state from a row holding the {@code cw_link} state columns. */
    static LinkState state(ResultSet rs) throws SQLException {
        return new LinkState(
                rs.getInt("consecutive_failures"),
                Sql.instant(rs, "first_failure_at"),
                Sql.instant(rs, "last_failure_at"),
                rs.getBoolean("confirmed_dead"),
                rs.getBoolean("flapping"));
    }

    /** The latest verdicts (oldest first) of the links checked before, one short of the flap window. */
    private Map<Long, List<Verdict>> recentVerdicts(List<Long> checkedBefore) {
        Map<Long, List<Verdict>> newestFirst = new HashMap<>();
        int keep = confirmation.flapWindow() - 1;
        for (List<Long> batch : batches(checkedBefore)) {
            named.query(
                    "SELECT link_id, verdict FROM cw_check WHERE link_id IN (:ids) ORDER BY link_id, checked_at DESC, id DESC",
                    Map.of("ids", batch),
                    rs -> {
                        List<Verdict> verdicts =
                                newestFirst.computeIfAbsent(rs.getLong("link_id"), id -> new ArrayList<>());
                        if (verdicts.size() < keep) {
                            verdicts.add(Verdict.valueOf(rs.getString("verdict")));
                        }
                    });
        }
        newestFirst.values().forEach(Collections::reverse);
        return newestFirst;
    }

    /** IN lists of at most this many values: well within what H2 and PostgreSQL accept. */
    private static <T> List<List<T>> batches(List<T> values) {
        int size = 500;
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < values.size(); i += size) {
            batches.add(values.subList(i, Math.min(values.size(), i + size)));
        }
        return batches;
    }

    private static Object[] checkArgs(long linkId, long runId, CheckResult r) {
        return new Object[] {
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
            r.tlsInvalid(),
            r.page() == null ? null : r.page().title(),
            r.page() == null ? null : r.page().heading(),
            r.page() == null ? null : r.page().text()
        };
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
