package org.citewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * HTML files: every {@code <a href>} that leaves the site, i.e. an absolute {@code http(s)} or
 * protocol-relative ({@code //host/path}) URL, with template {@code html}, the link text as title,
 * and the line and column of the href value. Relative links and {@code #fragment} links point into
 * the page's own site and are not citations; links with another scheme ({@code mailto:}, {@code
 * ftp:}) are kept as skipped citations, as in wikitext. {@code <base href>} is not applied.
 */
final class HtmlLinkExtractor implements CitationExtractor {

    static final String TEMPLATE = "html";

    /** RFC 3986: a URI with a scheme; anything else that is not protocol-relative is relative. */
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private static final Evaluator ANCHORS = QueryParser.parse("a[href]");

    @Override
    public Extraction extract(Document document) {
        // a parser per document: jsoup parsers keep state while parsing
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document html = parser.parseInput(document.text(), "");
        List<Citation> citations = new ArrayList<>();
        for (Element anchor : html.select(ANCHORS)) {
            String href = anchor.attr("href").strip();
            if (!leavesTheSite(href)) {
                continue;
            }
            Range.Position position = positionOfHref(anchor);
            String text = anchor.text().strip();
            citations.add(LinkCitations.of(
                    document,
                    position.lineNumber(),
                    position.columnNumber(),
                    href,
                    TEMPLATE,
                    text.isEmpty() ? null : text));
        }
        return new Extraction(citations, List.of());
    }

    private static boolean leavesTheSite(String href) {
        return href.startsWith("//") || HAS_SCHEME.matcher(href).find();
    }

    /** Where the href value starts; the tag's start if the parser could not say. */
    private static Range.Position positionOfHref(Element anchor) {
        Range.AttributeRange href = anchor.attributes().sourceRange("href");
        if (href.isTracked() && href.valueRange().isTracked()) {
            return href.valueRange().start();
        }
        return anchor.sourceRange().start();
    }
}
