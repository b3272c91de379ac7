package org.citewatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * URL lists: one URL a line, its first word; blank lines and lines starting with {@code #} are
 * skipped, and so is a {@code #} comment after the URL. Each URL is a citation with template {@code
 * list}; a URL with another scheme than http(s) is kept as a skipped citation. Other text after the
 * URL is ignored with a warning.
 */
final class UrlListExtractor implements CitationExtractor {

    static final String TEMPLATE = "list";

    @Override
    public Extraction extract(Document document) {
        List<Citation> citations = new ArrayList<>();
        List<DocumentError> warnings = new ArrayList<>();
        String text = document.text();
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            readLine(document, text, lineStart, lineEnd, lineNumber, citations, warnings);
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return new Extraction(citations, warnings);
    }

    private static void readLine(
            Document document,
            String text,
            int start,
            int end,
            int lineNumber,
            List<Citation> citations,
            List<DocumentError> warnings) {
        int urlStart = skipSpace(text, start, end);
        if (urlStart == end || text.charAt(urlStart) == '#') {
            return;
        }
        int urlEnd = urlStart;
        while (urlEnd < end && !Character.isWhitespace(text.charAt(urlEnd))) {
            urlEnd++;
        }
        String url = text.substring(urlStart, urlEnd);
        citations.add(LinkCitations.of(document, lineNumber, urlStart - start + 1, url, TEMPLATE, null));
        int rest = skipSpace(text, urlEnd, end);
        if (rest < end && text.charAt(rest) != '#') {
            warnings.add(new DocumentError(
                    document.name(),
                    document.firstLine() + lineNumber - 1,
                    "text after the URL ignored (one URL a line; # starts a comment)"));
        }
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
