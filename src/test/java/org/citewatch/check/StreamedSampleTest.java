package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.citewatch.testing.ArticlePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: the streaming look stops early, yet every page reads as the full DOM read it ({@link
 * FullDomSample}): real fixtures, article-shaped pages, pages whose sample depends on their end, and
 * the same pages cut off anywhere.
 */
class StreamedSampleTest {

    private static final String BASE = "https://example.org/a/page";

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsTheSameSampleAsAFullParse(String name, byte[] html, String charset, int textChars) throws IOException {
        PageSample streamed = HtmlSampler.sample(html, html.length, charset, BASE, textChars);

        assertThat(streamed).as(name).isEqualTo(FullDomSample.of(html, charset, BASE, textChars));
    }

    @Test
    void keepsAnH1FoundAfterALongHead() {
        String html = "<html><head><title>Long head</title><script>"
                + "var x = 1;\n".repeat(4_000) + "</script></head><body><h1>The headline</h1>"
                + "<p>body text </p>".repeat(500) + "</body></html>";

        PageSample page = sample(html, null, 100);

        assertThat(page.headings()).containsExactly("the headline");
        assertThat(page.text()).startsWith("the headline body text");
    }

    @Test
    void findsAParkingScriptAfterTheTextIsFull() {
        String html = "<html><body><p>" + "domain text ".repeat(1_000) + "</p>"
                + "<script src=\"https://parking.example/lander.js\"></script></body></html>";

        PageSample page = sample(html, "UTF-8", 100);

        assertThat(page.embeds()).containsExactly("https://parking.example/lander.js");
    }

    @Test
    void resolvesTheCanonicalLinkAgainstABaseThatComesAfterIt() throws IOException {
        String html = "<html><head><link rel=canonical href=\"home\"></head><body><p>" + "word ".repeat(2_000)
                + "</p><p>more</p><base href=\"https://other.example/root/\"></body></html>";

        PageSample page = sample(html, "UTF-8", 100);

        assertThat(page.canonical())
                .as("jsoup resolves against the first <base>, wherever it stands")
                .isEqualTo(FullDomSample.of(html.getBytes(StandardCharsets.UTF_8), "UTF-8", BASE, 100)
                        .canonical())
                .startsWith("https://other.example/");
    }

    @Test
    void readsACutOffPageUpToWhereItStops() {
        String html = "<html><head><title>Cut</title></head><body><h1>Heading</h1><p>first part of the te";

        PageSample page = sample(html, "UTF-8", 4_096);

        assertThat(page.title()).isEqualTo("cut");
        assertThat(page.headings()).containsExactly("heading");
        assertThat(page.text()).isEqualTo("heading first part of the te");
    }

    @Test
    void readsAPageWithoutBody() {
        PageSample page =
                sample("<html><head><title>Only a head</title><script src=/a.js></script></head>", null, 4_096);

        assertThat(page.title()).isEqualTo("only a head");
        assertThat(page.text()).isEmpty();
        assertThat(page.embeds()).containsExactly("/a.js");
    }

    @Test
    void keepsOneCharacterMoreThanTheTextLimitToTellALongPage() {
        PageSample page = sample("<body><p>" + "abcd ".repeat(1_000) + "</p></body>", "UTF-8", 1_500);

        assertThat(page.text().length())
                .as("the short-page rules ask whether a page has fewer characters than the limit")
                .isBetween(1_499, 1_501);
    }

    @Test
    void detectsTheCharsetFromAMetaTag() {
        byte[] html =
                "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body>\u00e9t\u00e9</body></html>"
                        .getBytes(Charset.forName("windows-1252"));

        PageSample page = HtmlSampler.sample(html, html.length, null, BASE, 4_096);

        assertThat(page.rawTitle()).isEqualTo("Caf\u00e9");
        assertThat(page.text()).isEqualTo("\u00e9t\u00e9");
    }

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> pages = new ArrayList<>();
        for (Path fixture : fixtures()) {
            byte[] html = Files.readAllBytes(fixture);
            String name = fixture.getFileName().toString();
            pages.add(Arguments.of(name, html, null, 4_096));
            pages.add(Arguments.of(name + " @40", html, "UTF-8", 40));
        }
        Random random = new Random(16);
        for (int size : new int[] {4_000, 12_000, 30_000, 50_000}) {
            byte[] article =
                    ArticlePages.article(random, size, "Article of " + size).getBytes(StandardCharsets.UTF_8);
            pages.add(Arguments.of("article " + size, article, "UTF-8", 4_096));
            pages.add(Arguments.of("article " + size + " @1500, no charset", article, null, 1_500));
            for (int cut : new int[] {size / 7, size / 3, size / 2, size - 100}) {
                pages.add(Arguments.of(
                        "article " + size + " cut at " + cut, Arrays.copyOf(article, cut), "UTF-8", 4_096));
            }
        }
        for (String[] page : TestPages.TRICKY) {
            byte[] html = page[1].getBytes(StandardCharsets.UTF_8);
            pages.add(Arguments.of(page[0], html, "UTF-8", 60));
            pages.add(Arguments.of(page[0] + " @4096", html, null, 4_096));
            // tags are no ASCII bytes in UTF-16: counted in the decoded text instead
            pages.add(Arguments.of(
                    page[0] + " in UTF-16BE", page[1].getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", 60));
            for (int cut = 7; cut < html.length; cut += 61) {
                pages.add(Arguments.of(page[0] + " cut at " + cut, Arrays.copyOf(html, cut), "UTF-8", 60));
            }
        }
        return pages.stream();
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static PageSample sample(String html, String charset, int textChars) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return HtmlSampler.sample(bytes, bytes.length, charset, BASE, textChars);
    }
}
