package org.citewatch.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sample as the full jsoup DOM gives it: how {@link HtmlSampler} read pages before its streaming
 * look (issue 16), kept as the reference the streaming look must agree with.
 */
final class FullDomSample {

    private FullDomSample() {}

    static PageSample of(byte[] html, String charset, String baseUri, int textChars) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri);
        String rawTitle = doc.title().strip();
        List<String> headings = new ArrayList<>();
        for (Element h1 : doc.select("h1")) {
            headings.add(PageSample.normalize(h1.text()));
        }
        if (headings.isEmpty()) {
            Element h2 = doc.selectFirst("h2");
            if (h2 != null) {
                headings.add(PageSample.normalize(h2.text()));
            }
        }
        List<String> embeds = new ArrayList<>();
        for (Element e : doc.select("script[src], iframe[src], frame[src]")) {
            embeds.add(e.attr("src"));
        }
        String text = doc.body() == null ? "" : HtmlSampler.textSample(doc.body(), textChars);
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return new PageSample(
                PageSample.normalize(rawTitle),
                rawTitle,
                headings,
                PageSample.normalize(text),
                embeds,
                canonical == null ? "" : canonical.absUrl("href"));
    }
}
