package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;

/**
 * RFC 4180 CSV: a header row with the JSON lines' keys, CRLF line ends, a cell quoted when it holds
 * a comma, a quote or a line break. Cells come from untrusted documents, so one that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed
 * with {@code '}. Dates are ISO at their precision (the raw text when unparsed); a dead-link tag is
 * written as wikitext ({@code {{dead link|date=June 2018|bot=InternetArchiveBot}}}).
 */
final class ExtractCsv implements ExtractPrinter {

    static final List<String> HEADER = List.of(
            "document",
            "line",
            "column",
            "url",
            "normalizedUrl",
            "template",
            "param",
            "title",
            "archiveUrl",
            "archiveDate",
            "accessDate",
            "markedDead",
            "deadLinkTag",
            "refName",
            "date");

    private static final String RECORD_END = "\r\n";

    private final PrintWriter out;

    ExtractCsv(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        row(HEADER);
    }

    @Override
    public void print(Citation citation) {
        row(List.of(
                citation.document(),
                Integer.toString(citation.line()),
                Integer.toString(citation.column()),
                citation.url(),
                citation.normalizedUrl(),
                citation.template(),
                text(citation.param()),
                text(citation.title()),
                text(citation.archiveUrl()),
                date(citation.archiveDate()),
                date(citation.accessDate()),
                Boolean.toString(citation.markedDead()),
                tag(citation.deadLinkTag()),
                text(citation.refName()),
                date(citation.date())));
    }

    private void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        out.print(line.append(RECORD_END));
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(CitationDate date) {
        return date == null ? "" : date.iso();
    }

    private static String tag(DeadLinkTag tag) {
        if (tag == null) {
            return "";
        }
        StringBuilder wikitext = new StringBuilder("{{").append(tag.name());
        if (tag.date() != null) {
            wikitext.append("|date=").append(tag.date().raw());
        }
        if (tag.bot() != null) {
            wikitext.append("|bot=").append(tag.bot());
        }
        if (tag.fixAttempted() != null) {
            wikitext.append("|fix-attempted=").append(tag.fixAttempted());
        }
        return wikitext.append("}}").toString();
    }
}
