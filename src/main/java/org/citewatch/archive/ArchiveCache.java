package org.citewatch.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archive lookups kept in the database between runs (tables of {@code V3__archive_cache.sql}), so
 * that a second run asks the archive nothing about URLs it already knows. Thread-safe; concurrent
 * writers of the same key are resolved by the primary keys.
 */
final class ArchiveCache {

    /** A stored CDX answer. */
    record Lookup(Outcome outcome, List<Capture> captures, Instant fetchedAt) {
        Lookup {
            Objects.requireNonNull(outcome, "outcome");
            captures = List.copyOf(captures);
        }
    }

    enum Outcome {
        CAPTURES,
        NONE,
        EXCLUDED
    }

    /** A stored, verified snapshot. */
    record StoredSnapshot(String url, String timestamp, SnapshotSource source) {}

    private static final String LATEST = "latest";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ArchiveCache(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
    }

    Optional<Lookup> lookup(String url) {
        String key = key(url);
        Optional<LookupRow> row = jdbc.sql("SELECT outcome, fetched_at FROM cw_archive_lookup WHERE url_key = :key")
                .param("key", key)
                .query((rs, n) -> new LookupRow(
                        Outcome.valueOf(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Capture> captures = row.get().outcome() != Outcome.CAPTURES
                ? List.of()
                : jdbc.sql(
                                "SELECT capture_ts, original FROM cw_archive_capture WHERE url_key = :key ORDER BY capture_ts")
                        .param("key", key)
                        .query((rs, n) -> capture(rs.getString(1), rs.getString(2)))
                        .list();
        return Optional.of(new Lookup(
                row.get().outcome(),
                captures.stream().filter(Objects::nonNull).toList(),
                row.get().fetchedAt()));
    }

    private record LookupRow(Outcome outcome, Instant fetchedAt) {}

    /** Stores a CDX answer; the captures go in before the answer row that vouches for them. */
    void storeLookup(String url, Outcome outcome, List<Capture> captures, Instant now) {
        String key = key(url);
        jdbc.sql("DELETE FROM cw_archive_capture WHERE url_key = :key")
                .param("key", key)
                .update();
        List<Object[]> rows = new ArrayList<>(captures.size());
        for (Capture capture : captures) {
            rows.add(new Object[] {key, capture.timestamp(), capture.original()});
        }
        batch.batchUpdate("INSERT INTO cw_archive_capture (url_key, capture_ts, original) VALUES (?, ?, ?)", rows);
        upsert(
                () -> jdbc.sql(
                                "UPDATE cw_archive_lookup SET outcome = :outcome, capture_count = :count, fetched_at = :at"
                                        + " WHERE url_key = :key")
                        .param("outcome", outcome.name())
                        .param("count", captures.size())
                        .param("at", utc(now))
                        .param("key", key)
                        .update(),
                () -> jdbc.sql("INSERT INTO cw_archive_lookup (url_key, url, outcome, capture_count, fetched_at)"
                                + " VALUES (:key, :url, :outcome, :count, :at)")
                        .param("key", key)
                        .param("url", url)
                        .param("outcome", outcome.name())
                        .param("count", captures.size())
                        .param("at", utc(now))
                        .update());
    }

    Optional<StoredSnapshot> snapshot(String url, String target) {
        return jdbc.sql("SELECT snapshot_url, capture_ts, source FROM cw_archive_snapshot"
                        + " WHERE url_key = :key AND target = :target")
                .param("key", key(url))
                .param("target", target)
                .query((rs, n) ->
                        new StoredSnapshot(rs.getString(1), rs.getString(2), SnapshotSource.valueOf(rs.getString(3))))
                .optional();
    }

    void storeSnapshot(String url, String target, StoredSnapshot snapshot, Instant now) {
        insertIgnoringDuplicate(() -> jdbc.sql("INSERT INTO cw_archive_snapshot"
                        + " (url_key, target, snapshot_url, capture_ts, source, found_at)"
                        + " VALUES (:key, :target, :url, :ts, :source, :at)")
                .param("key", key(url))
                .param("target", target)
                .param("url", snapshot.url())
                .param("ts", snapshot.timestamp())
                .param("source", snapshot.source().name())
                .param("at", utc(now))
                .update());
    }

    Optional<ReplayCheck> replay(String replayUrl) {
        return jdbc.sql("SELECT status, reason FROM cw_archive_replay WHERE replay_key = :key")
                .param("key", key(replayUrl))
                .query((rs, n) -> new ReplayCheck(ArchiveStatus.valueOf(rs.getString(1)), rs.getString(2), false))
                .optional();
    }

    void storeReplay(String replayUrl, ReplayCheck check, Instant now) {
        String reason = check.reason().length() > 1000 ? check.reason().substring(0, 1000) : check.reason();
        insertIgnoringDuplicate(
                () -> jdbc.sql("INSERT INTO cw_archive_replay (replay_key, replay_url, status, reason, checked_at)"
                                + " VALUES (:key, :url, :status, :reason, :at)")
                        .param("key", key(replayUrl))
                        .param("url", replayUrl)
                        .param("status", check.status().name())
                        .param("reason", reason)
                        .param("at", utc(now))
                        .update());
    }

    /** The target column's value: the ISO date, or {@code latest} without one. */
    static String target(LocalDate target) {
        return target == null ? LATEST : target.toString();
    }

    private static Capture capture(String timestamp, String original) {
        return Timestamps.parse(timestamp)
                .map(at -> new Capture(timestamp, at, original))
                .orElse(null);
    }

    /** Portable upsert (no MERGE/ON CONFLICT dialects): update, else insert, else a racing insert won. */
    private static void upsert(IntSupplier update, IntSupplier insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        try {
            insert.getAsInt();
        } catch (DuplicateKeyException raced) {
            update.getAsInt();
        }
    }

    private static void insertIgnoringDuplicate(IntSupplier insert) {
        try {
            insert.getAsInt();
        } catch (DuplicateKeyException alreadyStored) {
            // another thread stored the same immutable fact first
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
