package org.citewatch.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citewatch.archive.Snapshot;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;

/** One citation as a table row of report.html; every value from outside is escaped by {@link Html}. */
final class HtmlRow {

    /** Long URLs are cut on screen (the tooltip and the link keep them whole). */
    private static final int MAX_URL_SHOWN = 160;

    /** The recent checks shown as dots. */
    private static final int HISTORY_SHOWN = 10;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlRow() {}

    static String of(CitationRow row) {
        Citation citation = row.citation();
        LinkReport link = row.link();
        StringBuilder tr = new StringBuilder(1024);
        tr.append("<tr class=\"row k-")
                .append(row.kind().code())
                .append("\" data-verdict=\"")
                .append(link.verdict().name())
                .append("\" data-problem=\"")
                .append(row.kind().isProblem() ? 1 : 0)
                .append("\">");
        tr.append("<td class=\"num\" data-key=\"")
                .append(citation.line())
                .append("\">")
                .append(citation.line())
                .append("<span class=\"muted\">:")
                .append(citation.column())
                .append("</span></td>");
        tr.append("<td>").append(Html.link(citation.url(), MAX_URL_SHOWN));
        if (citation.title() != null && !citation.title().isBlank()) {
            tr.append("<div class=\"title\">")
                    .append(Html.text(citation.title()))
                    .append("</div>");
        }
        tr.append("<div class=\"tpl\">").append(Html.text(citation.template()));
        if (citation.markedDead()) {
            tr.append(" · marked dead");
        }
        tr.append("</div></td>");
        tr.append(verdictCell(row));
        tr.append("<td title=\"")
                .append(Html.text(ReasonText.of(link.reason())))
                .append("\"><code>")
                .append(link.reason().name())
                .append("</code>");
        // Spelled out where an editor has to act; elsewhere the tooltip keeps large pages small.
        if (row.kind().isProblem()) {
            tr.append("<div class=\"kind\">")
                    .append(Html.text(ReasonText.of(link.reason())))
                    .append("</div>");
        }
        tr.append("</td>");
        tr.append("<td class=\"num\" data-key=\"")
                .append(link.httpStatus() == null ? "" : link.httpStatus())
                .append("\">")
                .append(link.httpStatus() == null ? "–" : link.httpStatus())
                .append("</td>");
        tr.append("<td>").append(finalUrl(link)).append("</td>");
        tr.append("<td class=\"evidence\">").append(Html.text(link.evidence())).append("</td>");
        tr.append("<td class=\"hist\">").append(history(link)).append("</td>");
        tr.append("<td>").append(archive(row)).append("</td>");
        tr.append("<td class=\"fix\">").append(fix(row)).append("</td>");
        return tr.append("</tr>\n").toString();
    }

    private static String verdictCell(CitationRow row) {
        LinkReport link = row.link();
        StringBuilder td = new StringBuilder("<td data-key=\"")
                .append(row.kind().ordinal())
                .append("\">");
        td.append("<span class=\"badge ")
                .append(link.verdict().name())
                .append("\">")
                .append(label(link.verdict()))
                .append("</span>");
        if (row.kind() != ProblemKind.NONE) {
            td.append("<div class=\"kind\">")
                    .append(Html.text(row.kind().label()))
                    .append("</div>");
        }
        ProblemText.readings(row)
                .ifPresent(text -> td.append("<div class=\"readings\">")
                        .append(Html.text(text))
                        .append("</div>"));
        if (link.confirmedDead()) {
            td.append("<span class=\"flag\" title=\"Dead in enough checks over enough days\">confirmed</span> ");
        }
        if (link.flapping()) {
            td.append("<span class=\"flag\" title=\"Alternates between alive and dead\">flapping</span>");
        }
        return td.append("</td>").toString();
    }

    private static String finalUrl(LinkReport link) {
        if (link.finalUrl() == null) {
            return "<span class=\"muted\">not checked</span>";
        }
        if (link.finalUrl().equals(link.url())) {
            return "<span class=\"muted\">no redirect</span>";
        }
        return Html.link(link.finalUrl(), MAX_URL_SHOWN);
    }

    private static String history(LinkReport link) {
        List<HistoryEntry> recent = new ArrayList<>(
                link.history().subList(0, Math.min(HISTORY_SHOWN, link.history().size())));
        if (recent.isEmpty()) {
            return "<span class=\"muted\">first check</span>";
        }
        // Stored newest first; drawn oldest to newest, left to right, like a timeline.
        StringBuilder dots = new StringBuilder();
        for (int i = recent.size() - 1; i >= 0; i--) {
            HistoryEntry entry = recent.get(i);
            String tip = DAY.format(entry.checkedAt()) + " " + entry.verdict().name() + " "
                    + entry.reason().name() + (entry.httpStatus() == null ? "" : " (HTTP " + entry.httpStatus() + ")");
            dots.append("<span class=\"dot ")
                    .append(entry.verdict().name())
                    .append("\" title=\"")
                    .append(Html.text(tip))
                    .append("\"></span>");
        }
        return dots.toString();
    }

    private static String archive(CitationRow row) {
        StringBuilder td = new StringBuilder();
        String own = row.citation().archiveUrl();
        if (own != null) {
            td.append(Html.link(own, MAX_URL_SHOWN));
            row.badArchiveStatus()
                    .ifPresent(status -> td.append("<div><span class=\"badge bad\" title=\"")
                            .append(Html.text(ReasonText.of(status)))
                            .append("\">")
                            .append(status.name())
                            .append("</span></div>"));
        }
        if (row.fallback().isPresent() && (own == null || row.badArchiveStatus().isPresent())) {
            Snapshot snapshot = row.fallback().get();
            td.append(own == null ? "" : "<div class=\"kind\">Suggested instead:</div>");
            td.append(Html.link(snapshot.url(), MAX_URL_SHOWN));
            td.append("<div class=\"kind\">")
                    .append(Html.text(DAY.format(snapshot.timestamp()) + " · "
                            + snapshot.source().label() + distance(snapshot, row)))
                    .append("</div>");
        }
        if (td.length() == 0) {
            td.append(row.link().verdict() == Verdict.DEAD ? "<span class=\"muted\">none found</span>" : "");
        }
        return td.toString();
    }

    /** How far from the date it was measured from, naming that date (issue 10 item 3). */
    private static String distance(Snapshot snapshot, CitationRow row) {
        String note = SnapshotNote.of(snapshot, row.report().target());
        return note.isEmpty() ? "" : " · " + note;
    }

    private static String fix(CitationRow row) {
        return row.fix()
                .map(fix -> "<code>" + Html.text(fix) + "</code><button type=\"button\" class=\"copy\">Copy</button>")
                .orElse("");
    }

    static String label(Verdict verdict) {
        String name = verdict.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
