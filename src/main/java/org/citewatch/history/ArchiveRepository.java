package org.citewatch.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.ArchiveUsage;
import org.citewatch.archive.EndpointUsage;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the archive step found per citation and run. */
public final class ArchiveRepository {

    private final JdbcTemplate jdbc;

    ArchiveRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores findings of a run; a finding already stored for a citation and run is left alone. */
    public void store(long runId, List<CitationArchive> findings) {
        for (CitationArchive f : findings) {
            Snapshot s = f.snapshot();
            jdbc.update(
                    """
                    INSERT INTO cw_citation_archive (citation_id, run_id, archive_status, lookup, snapshot_url,
                        snapshot_at, snapshot_source, snapshot_status, distance_days)
                    SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ? FROM cw_run WHERE id = ?
                    AND NOT EXISTS (SELECT 1 FROM cw_citation_archive WHERE citation_id = ? AND run_id = ?)""",
                    f.citationId(),
                    runId,
                    f.archiveStatus() == null ? null : f.archiveStatus().name(),
                    f.lookup().name(),
                    s == null ? null : Sql.clip(s.url(), 8000),
                    s == null ? null : Sql.timestamp(s.timestamp()),
                    s == null ? null : s.source().name(),
                    s == null ? null : s.status().name(),
                    s == null ? null : s.distanceDays(),
                    runId,
                    f.citationId(),
                    runId);
        }
    }

    /** Adds requests the archive step made to the run's counts per endpoint. */
    public void addUsage(long runId, ArchiveUsage usage) {
        usage.byEndpoint().forEach((endpoint, counts) -> {
            if (counts.requests() == 0 && counts.rateLimited() == 0) {
                return;
            }
            int updated = jdbc.update(
                    "UPDATE cw_archive_usage SET requests = requests + ?, rate_limited = rate_limited + ?"
                            + " WHERE run_id = ? AND endpoint = ?",
                    counts.requests(),
                    counts.rateLimited(),
                    runId,
                    endpoint);
            if (updated == 0) {
                jdbc.update(
                        "INSERT INTO cw_archive_usage (run_id, endpoint, requests, rate_limited) VALUES (?, ?, ?, ?)",
                        runId,
                        endpoint,
                        counts.requests(),
                        counts.rateLimited());
            }
        });
    }

    /** What a run's archive step asked, per endpoint. */
    public ArchiveUsage usage(long runId) {
        Map<String, EndpointUsage> byEndpoint = new HashMap<>();
        jdbc.query(
                "SELECT endpoint, requests, rate_limited FROM cw_archive_usage WHERE run_id = ?",
                rs -> {
                    byEndpoint.put(
                            rs.getString("endpoint"),
                            new EndpointUsage(rs.getLong("requests"), rs.getLong("rate_limited")));
                },
                runId);
        return new ArchiveUsage(byEndpoint);
    }

    /** The findings of a run by citation id. */
    Map<Long, CitationArchive> findings(long runId) {
        Map<Long, CitationArchive> byCitation = new HashMap<>();
        jdbc.query(
                "SELECT * FROM cw_citation_archive WHERE run_id = ?",
                rs -> {
                    String url = rs.getString("snapshot_url");
                    Snapshot snapshot = url == null
                            ? null
                            : new Snapshot(
                                    url,
                                    Sql.instant(rs, "snapshot_at"),
                                    SnapshotSource.valueOf(rs.getString("snapshot_source")),
                                    ArchiveStatus.valueOf(rs.getString("snapshot_status")),
                                    Sql.longValue(rs, "distance_days"));
                    String status = rs.getString("archive_status");
                    long citationId = rs.getLong("citation_id");
                    byCitation.put(
                            citationId,
                            new CitationArchive(
                                    citationId,
                                    status == null ? null : ArchiveStatus.valueOf(status),
                                    CitationArchive.Lookup.valueOf(rs.getString("lookup")),
                                    snapshot));
                },
                runId);
        return byCitation;
    }
}
