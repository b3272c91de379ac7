package org.citewatch.history;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.citewatch.extract.SourceMemory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's {@link SourceMemory} in the history database: stored revisions come from the documents
 * table, listing marks from {@code cw_source_mark}, keyed by run so that a resumed run gets back its
 * own mark and the previous mark is that of the latest earlier run that finished (a run that failed
 * and was never resumed did not audit what it listed).
 */
final class RunSourceMemory implements SourceMemory {

    private final JdbcTemplate jdbc;
    private final DocumentRepository documents;
    private final long runId;

    RunSourceMemory(JdbcTemplate jdbc, DocumentRepository documents, long runId) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.runId = runId;
    }

    @Override
    public OptionalLong storedRevision(String documentName) {
        return documents.revisionId(documentName);
    }

    @Override
    public Optional<Instant> previousMark(String key) {
        return jdbc.query("""
                        SELECT m.marked_at FROM cw_source_mark m JOIN cw_run r ON r.id = m.run_id
                        WHERE m.mark_key = ? AND m.run_id < ? AND r.finished_at IS NOT NULL
                        ORDER BY m.run_id DESC FETCH FIRST 1 ROWS ONLY""", (rs, i) -> Sql.instant(rs, "marked_at"), Keys.sha256(key), runId).stream()
                .findFirst();
    }

    @Override
    public Instant mark(String key, Instant now) {
        String hashed = Keys.sha256(key);
        jdbc.update("""
                INSERT INTO cw_source_mark (run_id, mark_key, marked_at)
                SELECT CAST(? AS BIGINT), CAST(? AS CHAR(64)), ? FROM cw_run WHERE id = ?
                AND NOT EXISTS (SELECT 1 FROM cw_source_mark WHERE run_id = ? AND mark_key = ?)""", runId, hashed, Sql.timestamp(now), runId, runId, hashed);
        return jdbc.queryForObject(
                "SELECT marked_at FROM cw_source_mark WHERE run_id = ? AND mark_key = ?",
                (rs, i) -> Sql.instant(rs, "marked_at"),
                runId,
                hashed);
    }
}
