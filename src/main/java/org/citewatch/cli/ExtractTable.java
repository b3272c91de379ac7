package org.citewatch.cli;

import java.io.PrintWriter;
import org.citewatch.extract.Citation;

/**
 * Aligned columns for a terminal: document, line:column, template, parameter, status ({@code dead}
 * when the document marks the link dead, {@code skipped} when it is not checked), then the URL in
 * full. Columns have fixed widths, so that records can be printed as they come; longer values are
 * cut with an ellipsis.
 */
final class ExtractTable implements ExtractPrinter {

    private static final int DOCUMENT = 30;
    private static final int LOCATION = 9;
    private static final int TEMPLATE = 14;
    private static final int PARAM = 12;
    private static final int STATUS = 7;
    private static final String GAP = "  ";

    private final PrintWriter out;

    ExtractTable(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        line("DOCUMENT", "LINE:COL", "TEMPLATE", "PARAM", "STATUS", "URL");
    }

    @Override
    public void print(Citation citation) {
        line(
                citation.document(),
                citation.line() + ":" + citation.column(),
                citation.template(),
                citation.param() == null ? "" : citation.param(),
                status(citation),
                citation.url());
    }

    private static String status(Citation citation) {
        if (!citation.checkable()) {
            return "skipped";
        }
        return citation.markedDead() ? "dead" : "";
    }

    private void line(String document, String location, String template, String param, String status, String url) {
        String row = ExtractTerminalText.fitEnd(document, DOCUMENT)
                + GAP
                + ExtractTerminalText.fit(location, LOCATION)
                + GAP
                + ExtractTerminalText.fit(template, TEMPLATE)
                + GAP
                + ExtractTerminalText.fit(param, PARAM)
                + GAP
                + ExtractTerminalText.fit(status, STATUS)
                + GAP
                + ExtractTerminalText.printable(url);
        out.print(row);
        out.print('\n');
    }
}
