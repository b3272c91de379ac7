package org.citewatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.citewatch.archive.Snapshot;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/**
 * One unique URL: this run's verdict, its confirmed state from the history, its archive, and
 * every citation of it.
 *
 * @param url the normalized URL
 * @param httpStatus last HTTP status, or {@code null}
 * @param finalUrl where redirects ended, or {@code null} when not checked
 * @param checkedAt when it was last checked, or {@code null} for skipped URLs
 * @param confirmedDead dead in enough checks over enough days (history policy)
 * @param flapping alternated between alive and dead
 * @param evidence what the verdict rests on, or {@code null}
 * @param archive the snapshot offered for the link, or {@code null}
 * @param history recent checks, newest first
 */
public record LinkReport(
        String url,
        Verdict verdict,
        Reason reason,
        Integer httpStatus,
        String finalUrl,
        Instant checkedAt,
        boolean confirmedDead,
        boolean flapping,
        String evidence,
        Snapshot archive,
        List<HistoryEntry> history,
        List<CitationReport> citations) {

    public LinkReport {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        history = List.copyOf(history);
        citations = List.copyOf(citations);
    }
}
