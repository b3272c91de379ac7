package org.citewatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link AuditReport} with every citation classified once, shared by all renderers so that the
 * files agree with each other.
 *
 * @param rows every citation, problems first (worst kind, then document, line, column)
 */
record ReportModel(AuditReport report, List<CitationRow> rows) {

    private static final Comparator<CitationRow> ORDER = Comparator.comparing(CitationRow::kind)
            .thenComparing(row -> row.citation().document())
            .thenComparingInt(row -> row.citation().line())
            .thenComparingInt(row -> row.citation().column());

    ReportModel {
        Objects.requireNonNull(report, "report");
        rows = List.copyOf(rows);
    }

    static ReportModel of(AuditReport report) {
        return of(report, WikitextChanges.none());
    }

    static ReportModel of(AuditReport report, WikitextChanges changes) {
        List<CitationRow> rows = new ArrayList<>();
        for (LinkReport link : report.links()) {
            for (CitationReport citation : link.citations()) {
                rows.add(CitationRow.of(link, citation, changes));
            }
        }
        rows.sort(ORDER);
        return new ReportModel(report, rows);
    }

    RunSummary run() {
        return report.run();
    }

    List<CitationRow> problems() {
        return rows.stream().filter(row -> row.kind().isProblem()).toList();
    }

    Map<ProblemKind, Integer> countsByKind() {
        Map<ProblemKind, Integer> counts = new EnumMap<>(ProblemKind.class);
        for (ProblemKind kind : ProblemKind.values()) {
            counts.put(kind, 0);
        }
        rows.forEach(row -> counts.merge(row.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * Rows grouped by document; documents with the worst problems come first, then by name. Within
     * a document the rows keep the problems-first order.
     */
    Map<String, List<CitationRow>> byDocument() {
        // The rows are in problems-first order, so a document's first row is its worst, and
        // documents come in the order of their worst rows (then by name).
        Map<String, List<CitationRow>> groups = new LinkedHashMap<>();
        for (CitationRow row : rows) {
            groups.computeIfAbsent(row.citation().document(), document -> new ArrayList<>())
                    .add(row);
        }
        return groups;
    }
}
