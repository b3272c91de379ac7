package org.citewatch.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Turns the first bytes of an HTML page into a {@link PageSample} with a streaming look: jsoup's
 * {@link StreamParser} hands over elements as they complete, and the parse stops as soon as the rest
 * of the page can no longer change the sample ({@link SampleWalk} says when). The sample is the one
 * a full parse of the same bytes gives (issue 16: parsing whole articles into a DOM was a fifth of
 * the CPU and of the bytes allocated per checked link).
 */
final class HtmlSampler {

    // Parsed once: parsing a CSS query for every page cost a quarter of the checker's CPU.
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H2 = QueryParser.parse("h2");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

    /** Enough visible text for the short-page rules at their default (1,500 characters). */
    static final int DEFAULT_TEXT_CHARS = 4_096;

    private HtmlSampler() {}

    /** As {@link #sample(InputStream, String, String, int)}, keeping {@link #DEFAULT_TEXT_CHARS} of text. */
    static PageSample sample(InputStream html, String charset, String baseUri) throws IOException {
        return sample(html, charset, baseUri, DEFAULT_TEXT_CHARS);
    }

    /** As {@link #sample(byte[], int, String, String, int)}, reading the stream to its end. */
    static PageSample sample(InputStream html, String charset, String baseUri, int textChars) throws IOException {
        byte[] bytes = html.readAllBytes();
        return sample(bytes, bytes.length, charset, baseUri, textChars);
    }

    /**
     * @param html the bytes read, possibly cut off mid-page
     * @param length how many of {@code html} to read
     * @param charset the charset the server declared, or {@code null} to detect it (BOM, meta tag)
     * @param textChars visible text kept at most: the verdict only needs to know whether a page is
     *     short, and what a short page says (issue 16: building and normalizing the whole text of
     *     every article was a large part of the CPU spent per link)
     */
    static PageSample sample(byte[] html, int length, String charset, String baseUri, int textChars) {
        PageCharset encoding = PageCharset.of(html, length, charset);
        SampleWalk walk = new SampleWalk(() -> TagOpenings.in(html, length, encoding), textChars);
        try (StreamParser parser =
                new StreamParser(Parser.htmlParser()).parse(encoding.reader(html, length), baseUri)) {
            Document doc = parser.document();
            Iterator<Element> completed = parser.iterator();
            while (completed.hasNext()) {
                if (walk.enough(doc, completed.next())) {
                    parser.stop();
                }
            }
            return sampleOf(doc, walk, textChars);
        }
    }

    /** The sample of a document parsed as far as it needs to be. */
    private static PageSample sampleOf(Document doc, SampleWalk walk, int textChars) {
        String rawTitle = doc.title().strip();
        List<String> headings = new ArrayList<>();
        for (Element h1 : doc.select(H1)) {
            headings.add(PageSample.normalize(h1.text()));
        }
        if (headings.isEmpty()) {
            Element h2 = doc.selectFirst(H2);
            if (h2 != null) {
                headings.add(PageSample.normalize(h2.text()));
            }
        }
        String text = walk.fullText().orElseGet(() -> textSample(doc.body(), textChars));
        Element canonical = doc.selectFirst(CANONICAL);
        return new PageSample(
                PageSample.normalize(rawTitle),
                rawTitle,
                headings,
                PageSample.normalize(text),
                walk.embeds(),
                canonical == null ? "" : canonical.absUrl("href"));
    }

    /**
     * The element's visible text as {@link Element#text()} gives it (text nodes, a space around
     * blocks and at line breaks), but only its first {@code limit} characters or a few more.
     */
    static String textSample(Element root, int limit) {
        // never more than limit + 1 characters: no copy to grow the builder, none to cut it
        StringBuilder text = new StringBuilder(limit + 1);
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            String whole = textNode.getWholeText();
                            text.append(whole, 0, Math.min(whole.length(), limit + 1 - text.length()));
                        } else if (node instanceof Element element
                                && (element.isBlock() || element.nameIs("br"))
                                && !text.isEmpty()
                                && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                        return text.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element
                                && element.isBlock()
                                && element.nextSibling() instanceof TextNode
                                && !text.isEmpty()
                                && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        return text.toString();
    }
}
