package org.citewatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;

/** Builders of report records for tests: links, citations, snapshots and small runs. */
final class ReportFixtures {

    static final Instant STARTED = Instant.parse("2026-11-22T03:00:00Z");
    static final Instant CHECKED = Instant.parse("2026-11-22T03:05:00Z");

    private ReportFixtures() {}

    /** A run with only the given links, in one document, for the gate. */
    static AuditReport reportOf(long runId, List<LinkReport> links) {
        return new AuditReport(summary(runId, links, 1, 0), links, List.of(), List.of());
    }

    static LinkReport dead(String url) {
        return dead(url, cite(SampleReport.SEOUL, 1, 1, url, "cite web", null, null, null, false));
    }

    /** A link dead with HTTP 404 this run, without a snapshot, cited as given. */
    static LinkReport dead(String url, CitationReport citation) {
        return link(url, Verdict.DEAD, Reason.HTTP_404, 404, null, null, null, citation);
    }

    static LinkReport deadArchived(String url) {
        String archive = "https://web.archive.org/web/20100101000000/" + url;
        return dead(
                url,
                new CitationReport(
                        citation(SampleReport.SEOUL, 1, 1, url, "cite web", null, archive, true),
                        ArchiveStatus.VALID,
                        null));
    }

    static LinkReport alive(String url) {
        return link(
                url,
                Verdict.ALIVE,
                Reason.OK,
                200,
                url,
                null,
                null,
                cite(SampleReport.SEOUL, 1, 1, url, "cite web", null, null, null, false));
    }

    static LinkReport unknown(String url) {
        return link(
                url,
                Verdict.UNKNOWN,
                Reason.TIMEOUT,
                null,
                null,
                null,
                null,
                cite(SampleReport.SEOUL, 1, 1, url, "cite web", null, null, null, false));
    }

    static LinkReport link(
            String url,
            Verdict verdict,
            Reason reason,
            Integer status,
            String finalUrl,
            String evidence,
            Snapshot archive,
            CitationReport... citations) {
        List<HistoryEntry> history = List.of(
                new HistoryEntry(CHECKED, verdict, reason, status),
                new HistoryEntry(CHECKED.minusSeconds(86_400), Verdict.ALIVE, Reason.OK, 200),
                new HistoryEntry(CHECKED.minusSeconds(2 * 86_400), verdict, reason, status));
        return new LinkReport(
                url,
                verdict,
                reason,
                status,
                finalUrl == null ? url : finalUrl,
                CHECKED,
                verdict == Verdict.DEAD && reason != Reason.DNS_FAILURE,
                false,
                evidence,
                archive,
                history,
                List.of(citations));
    }

    static LinkReport skipped(String url, CitationReport citation) {
        return new LinkReport(
                url,
                Verdict.SKIPPED,
                Reason.UNSUPPORTED_SCHEME,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                List.of(),
                List.of(citation));
    }

    static CitationReport cite(
            String document,
            int line,
            int column,
            String url,
            String template,
            String title,
            String archiveUrl,
            ArchiveStatus archiveStatus,
            boolean markedDead) {
        return new CitationReport(
                citation(document, line, column, url, template, title, archiveUrl, markedDead), archiveStatus, null);
    }

    static Citation citation(
            String document,
            int line,
            int column,
            String url,
            String template,
            String title,
            String archiveUrl,
            boolean markedDead) {
        CitationDate accessDate = new CitationDate("2 June 2009", LocalDate.of(2009, 6, 2), CitationDate.Precision.DAY);
        CitationDate archiveDate = archiveUrl == null
                ? null
                : new CitationDate("2009年5月30日", LocalDate.of(2009, 5, 30), CitationDate.Precision.DAY);
        DeadLinkTag tag = markedDead ? new DeadLinkTag("dead link", null, "InternetArchiveBot", "yes") : null;
        return new Citation(
                document,
                line,
                column,
                url,
                url,
                template,
                "url",
                title,
                archiveUrl,
                archiveDate,
                accessDate,
                markedDead,
                markedDead ? "dead" : null,
                tag,
                null,
                1,
                url.startsWith("http") ? null : "UNSUPPORTED_SCHEME",
                null);
    }

    static Snapshot snapshot(String url, String timestamp, SnapshotSource source, Long distanceDays) {
        return new Snapshot(url, Instant.parse(timestamp), source, ArchiveStatus.VALID, distanceDays);
    }

    static RunSummary summary(long id, List<LinkReport> links, int documents, int errors) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        List<String> inputs = new ArrayList<>(List.of("articles/", "lists/urls.txt"));
        int citations = 0;
        for (LinkReport link : links) {
            verdicts.merge(link.verdict(), 1, Integer::sum);
            reasons.merge(link.reason(), 1, Integer::sum);
            citations += link.citations().size();
        }
        return new RunSummary(
                id,
                STARTED,
                STARTED.plusSeconds(600),
                inputs,
                documents,
                citations,
                links.size(),
                verdicts,
                reasons,
                errors);
    }
}
