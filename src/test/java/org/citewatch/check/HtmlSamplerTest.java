package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: a page's text is sampled, not built whole, yet reads as jsoup's own text would. */
class HtmlSamplerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // inline elements join their text, blocks and line breaks separate it
                "<p>Page <b>not</b> found</p>",
                "<div>Sorry</div><div>this page does not exist</div>",
                "<p>first line<br>second line</p><ul><li>one</li><li>two</li></ul>",
                "<h1>Gone</h1>The page has moved.<script>var x = 'not text';</script><style>p{}</style>",
                "<table><tr><td>cell</td><td>other</td></tr></table>tail"
            })
    void readsTheSameTextAsJsoupOnShortPages(String body) {
        Element parsed = Jsoup.parse("<html><body>" + body + "</body></html>").body();

        assertThat(PageSample.normalize(HtmlSampler.textSample(parsed, 4_096)))
                .isEqualTo(PageSample.normalize(parsed.text()));
    }

    @Test
    void keepsOnlyTheFirstCharactersOfALongPageWhileTitleAndHeadingsComeWhole() throws Exception {
        String html = "<html><head><title>Long read</title></head><body><h1>Headline</h1>"
                + "<p>word </p>".repeat(10_000) + "<h1>Late heading</h1></body></html>";

        PageSample page = HtmlSampler.sample(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "UTF-8", "https://example.org/", 100);

        assertThat(page.text().length()).isBetween(90, 101);
        assertThat(page.title()).isEqualTo("long read");
        assertThat(page.headings()).containsExactly("headline", "late heading");
    }
}
