package org.citewatch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;

/**
 * {@code report.csv}: one row per citation, problems first, RFC 4180 (CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled), UTF-8.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, so a hostile title such as {@code =HYPERLINK(...)} would become a live link or worse:
 * such cells get a leading apostrophe, which spreadsheets show as text.
 */
final class CsvReportRenderer implements ReportRenderer {

    static final List<String> HEADER = List.of(
            "document",
            "line",
            "column",
            "cited_url",
            "url",
            "template",
            "title",
            "verdict",
            "reason",
            "http_status",
            "final_url",
            "confirmed_dead",
            "problem",
            "archive_url",
            "archive_date",
            "access_date",
            "archive_status",
            "suggested_archive_url",
            "fix",
            "evidence",
            "citation_date",
            "snapshot_note",
            "readings");

    @Override
    public String fileName() {
        return "report.csv";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeRecord(writer, HEADER);
        for (CitationRow row : model.rows()) {
            writeRecord(writer, cells(row));
        }
        writer.flush();
    }

    private static List<String> cells(CitationRow row) {
        Citation citation = row.citation();
        LinkReport link = row.link();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(citation.document());
        cells.add(Integer.toString(citation.line()));
        cells.add(Integer.toString(citation.column()));
        cells.add(citation.url());
        cells.add(link.url());
        cells.add(citation.template());
        cells.add(citation.title());
        cells.add(link.verdict().name());
        cells.add(link.reason().name());
        cells.add(link.httpStatus() == null ? null : link.httpStatus().toString());
        cells.add(link.finalUrl());
        cells.add(Boolean.toString(link.confirmedDead()));
        cells.add(row.kind().code());
        cells.add(citation.archiveUrl());
        cells.add(date(citation.archiveDate()));
        cells.add(date(citation.accessDate()));
        cells.add(
                row.report().archiveStatus() == null
                        ? null
                        : row.report().archiveStatus().name());
        cells.add(row.fallback().map(snapshot -> snapshot.url()).orElse(null));
        cells.add(row.fix().orElse(null));
        cells.add(link.evidence());
        cells.add(date(citation.date()));
        cells.add(row.fallback()
                .map(snapshot -> SnapshotNote.of(snapshot, row.report().target()))
                .orElse(null));
        cells.add(ProblemText.readings(row).orElse(null));
        return cells;
    }

    private static void writeRecord(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** One field, neutralised against formulas and quoted when RFC 4180 requires it. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsFormula(String value) {
        char first = value.charAt(0);
        // The full-width forms too: some spreadsheet locales read them as formula starts.
        return "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(first) >= 0;
    }

    private static String date(CitationDate date) {
        return date == null ? null : date.iso();
    }
}
