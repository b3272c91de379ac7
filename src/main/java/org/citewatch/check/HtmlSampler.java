package org.citewatch.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Turns the first bytes of an HTML page into a {@link PageSample}. */
final class HtmlSampler {

    // Parsed once: parsing a CSS query for every page cost a quarter of the checker's CPU.
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H2 = QueryParser.parse("h2");
    private static final Evaluator EMBEDS = QueryParser.parse("script[src], iframe[src], frame[src]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

    private HtmlSampler() {}

    /**
     * @param html the bytes read, possibly cut off mid-page
     * @param charset the charset the server declared, or {@code null} to detect it (BOM, meta tag)
     */
    static PageSample sample(InputStream html, String charset, String baseUri) throws IOException {
        Document doc = Jsoup.parse(html, charset, baseUri);
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
        List<String> embeds = new ArrayList<>();
        for (Element e : doc.select(EMBEDS)) {
            embeds.add(e.attr("src"));
        }
        String text = doc.body() == null ? "" : doc.body().text();
        Element canonical = doc.selectFirst(CANONICAL);
        return new PageSample(
                PageSample.normalize(rawTitle),
                rawTitle,
                headings,
                PageSample.normalize(text),
                embeds,
                canonical == null ? "" : canonical.absUrl("href"));
    }
}
