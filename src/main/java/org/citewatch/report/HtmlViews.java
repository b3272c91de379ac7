package org.citewatch.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citewatch.archive.Snapshot;
import org.citewatch.check.Verdict;

/**
 * What the report.html templates show, worked out in Java: shortened URLs, labels, dates. Nothing here
 * escapes: the templates escape every value by its HTML context. {@link #href} is the one guard the
 * templates cannot give: only plain http(s) URLs become links.
 */
final class HtmlViews {

    /** Long URLs are cut on screen (the tooltip and the link keep them whole). */
    static final int MAX_URL_SHOWN = 160;

    /** The recent checks shown as dots. */
    static final int HISTORY_SHOWN = 10;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlViews() {}

    /** The URL for an {@code href}, or {@code null} (the template then leaves the attribute out). */
    static String href(String url) {
        return Html.safeHref(url).orElse(null);
    }

    /** The URL as shown: cut to {@link #MAX_URL_SHOWN} characters. */
    static String shown(String url) {
        return url.length() > MAX_URL_SHOWN ? url.substring(0, MAX_URL_SHOWN - 1) + "…" : url;
    }

    /** The whole URL as a tooltip when it is cut on screen, else {@code null} (no attribute). */
    static String tooltip(String url) {
        return url.length() > MAX_URL_SHOWN ? url : null;
    }

    static String label(Verdict verdict) {
        String name = verdict.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** The run in one line: id, times and counts. */
    static String runLine(RunSummary run) {
        StringBuilder line =
                new StringBuilder("Run ").append(run.id()).append(" · started ").append(when(run.startedAt()));
        if (run.finishedAt() != null) {
            line.append(" · finished ").append(when(run.finishedAt()));
        }
        line.append(" · ")
                .append(plural(run.documents(), "document", "documents"))
                .append(" · ")
                .append(plural(run.citations(), "citation", "citations"))
                .append(" · ")
                .append(plural(run.uniqueUrls(), "unique URL", "unique URLs"));
        if (!run.inputs().isEmpty()) {
            line.append(" · inputs: ").append(String.join(", ", run.inputs()));
        }
        line.append(" · archive requests: ").append(run.archive().requestsLine());
        if (run.archive().deferredLookups() > 0) {
            line.append(" · ")
                    .append(run.archive().deferredLookups())
                    .append(" archive lookups deferred to the next run");
        }
        if (!run.archive().deadLinksBySource().isEmpty()) {
            line.append(" · dead links' archives from: ").append(run.archive().sourcesLine());
        }
        return line.toString();
    }

    /** The recent checks, oldest first (stored newest first; drawn left to right like a timeline). */
    static List<HistoryEntry> recentOldestFirst(LinkReport link) {
        List<HistoryEntry> recent = new ArrayList<>(
                link.history().subList(0, Math.min(HISTORY_SHOWN, link.history().size())));
        java.util.Collections.reverse(recent);
        return recent;
    }

    static String historyTip(HistoryEntry entry) {
        return day(entry.checkedAt()) + " " + entry.verdict().name() + " "
                + entry.reason().name() + (entry.httpStatus() == null ? "" : " (HTTP " + entry.httpStatus() + ")");
    }

    /** Date and source of the suggested snapshot, and how far it is from the date it was measured from. */
    static String snapshotNote(CitationRow row) {
        Snapshot snapshot = row.fallback().orElseThrow();
        String note = SnapshotNote.of(snapshot, row.report().target());
        return day(snapshot.timestamp()) + " · " + snapshot.source().label() + (note.isEmpty() ? "" : " · " + note);
    }

    /** Whether the archive cell suggests the found snapshot (no own archive, or a bad one). */
    static boolean suggestsSnapshot(CitationRow row) {
        return row.fallback().isPresent()
                && (row.citation().archiveUrl() == null
                        || row.badArchiveStatus().isPresent());
    }
}
