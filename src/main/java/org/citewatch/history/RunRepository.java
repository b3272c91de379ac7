package org.citewatch.history;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citewatch.check.Verdict;
import org.citewatch.report.RunSummary;
import org.citewatch.report.TrendPoint;
import org.springframework.jdbc.core.JdbcTemplate;

/** The runs table: one row per audit, with its counts once finished (for the trend chart). */
public final class RunRepository {

    /** Inputs are stored as one text, one input a line. */
    private static final String INPUT_SEPARATOR = "\n";

    private final JdbcTemplate jdbc;

    RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the start of a new run and returns its id. */
    public long start(List<String> inputs, Instant now) {
        String joined = String.join(INPUT_SEPARATOR, inputs);
        jdbc.update("INSERT INTO cw_run (started_at, inputs) VALUES (?, ?)", Sql.timestamp(now), joined);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM cw_run WHERE inputs = ? AND finished_at IS NULL", Long.class, joined);
    }

    /**
     * The latest run over the same inputs that never finished (killed or failed): the one to
     * resume rather than start afresh.
     */
    public Optional<Long> unfinished(List<String> inputs) {
        return jdbc
                .queryForList(
                        "SELECT id FROM cw_run WHERE inputs = ? AND finished_at IS NULL ORDER BY id DESC",
                        Long.class,
                        String.join(INPUT_SEPARATOR, inputs))
                .stream()
                .findFirst();
    }

    /** Stores a run's counts and end time; called once its report is assembled. */
    public void finish(RunSummary summary) {
        Map<Verdict, Integer> counts = summary.countsByVerdict();
        jdbc.update(
                """
                UPDATE cw_run SET finished_at = ?, documents = ?, citations = ?, unique_urls = ?, errors = ?,
                    alive_links = ?, dead_links = ?, unknown_links = ?, skipped_links = ?
                WHERE id = ?""",
                Sql.timestamp(summary.finishedAt()),
                summary.documents(),
                summary.citations(),
                summary.uniqueUrls(),
                summary.errors(),
                counts.getOrDefault(Verdict.ALIVE, 0),
                counts.getOrDefault(Verdict.DEAD, 0),
                counts.getOrDefault(Verdict.UNKNOWN, 0),
                counts.getOrDefault(Verdict.SKIPPED, 0),
                summary.id());
    }

    /** The latest finished run, if any. */
    public Optional<Long> latestFinished() {
        return jdbc
                .queryForList("SELECT id FROM cw_run WHERE finished_at IS NOT NULL ORDER BY id DESC", Long.class)
                .stream()
                .findFirst();
    }

    /** The finished run before the given one: the new-dead gate's point of comparison. */
    public Optional<Long> previousFinished(long runId) {
        return jdbc
                .queryForList(
                        "SELECT id FROM cw_run WHERE id < ? AND finished_at IS NOT NULL ORDER BY id DESC",
                        Long.class,
                        runId)
                .stream()
                .findFirst();
    }

    /** When the run started and its inputs, or empty for an unknown id. */
    public Optional<RunRow> find(long runId) {
        return jdbc
                .query(
                        "SELECT id, started_at, finished_at, inputs FROM cw_run WHERE id = ?",
                        (rs, i) -> new RunRow(
                                rs.getLong("id"),
                                Sql.instant(rs, "started_at"),
                                Sql.instant(rs, "finished_at"),
                                List.of(rs.getString("inputs").split(INPUT_SEPARATOR))),
                        runId)
                .stream()
                .findFirst();
    }

    /** Finished runs up to and including the given one, oldest first, at most {@code limit}. */
    public List<TrendPoint> trend(long upToRunId, int limit) {
        List<TrendPoint> newestFirst = jdbc.query(
                """
                SELECT id, started_at, alive_links, dead_links, unknown_links, skipped_links FROM cw_run
                WHERE id <= ? AND finished_at IS NOT NULL ORDER BY id DESC FETCH FIRST (?) ROWS ONLY""",
                (rs, i) -> {
                    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
                    counts.put(Verdict.ALIVE, rs.getInt("alive_links"));
                    counts.put(Verdict.DEAD, rs.getInt("dead_links"));
                    counts.put(Verdict.UNKNOWN, rs.getInt("unknown_links"));
                    counts.put(Verdict.SKIPPED, rs.getInt("skipped_links"));
                    return new TrendPoint(rs.getLong("id"), Sql.instant(rs, "started_at"), counts);
                },
                upToRunId,
                limit);
        List<TrendPoint> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A run as stored. */
    public record RunRow(long id, Instant startedAt, Instant finishedAt, List<String> inputs) {}
}
