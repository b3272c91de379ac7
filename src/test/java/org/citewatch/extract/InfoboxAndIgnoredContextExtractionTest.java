package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;
import static org.citewatch.extract.Wikitext.urls;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfoboxAndIgnoredContextExtractionTest {

    @Test
    void findsAUrlInAnInfoboxWebsiteParameter() {
        Citation citation = only("{{Infobox organization\n| name = NSS\n| website = https://www.example.org/nss/\n}}");

        assertThat(citation.template()).isEqualTo("infobox");
        assertThat(citation.param()).isEqualTo("website");
        assertThat(citation.url()).isEqualTo("https://www.example.org/nss/");
        assertThat(citation.line()).isEqualTo(3);
        assertThat(citation.column()).isEqualTo(13);
    }

    @Test
    void readsASchemelessInfoboxWebsiteAsHttp() {
        Citation citation = only("{{Infobox company|homepage= www.example.org }}");

        assertThat(citation.url()).isEqualTo("www.example.org");
        assertThat(citation.normalizedUrl()).isEqualTo("http://www.example.org/");
        assertThat(citation.checkable()).isTrue();
    }

    @Test
    void findsABracketedLinkInAnInfoboxUrlParameterUnderThatParameter() {
        Citation citation = only("{{信息框 组织|网站=[http://www.example.cn/ 官方网站]}}");

        assertThat(citation.template()).isEqualTo("infobox");
        assertThat(citation.param()).isEqualTo("网站");
        assertThat(citation.title()).isEqualTo("官方网站");
    }

    @Test
    void ignoresAnEmptyInfoboxWebsite() {
        assertThat(citations("{{Infobox Organization\n| website        = \n| url = <!-- none -->\n}}"))
                .isEmpty();
    }

    @Test
    void findsLinksInRefsInsideOtherInfoboxParameters() {
        Citation citation = only("{{Infobox Organization\n| purpose = 防止核恐怖主義<ref name=\"2010NSS\">"
                + "[http://www.example.gov/nss/2010/  2010 Washington] from the Department</ref>\n| website = \n}}");

        assertThat(citation.template()).isEqualTo("bracketed");
        assertThat(citation.refName()).isEqualTo("2010NSS");
        assertThat(citation.title()).isEqualTo("2010 Washington");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # {{URL}} with and without scheme, with display text
            "{{URL|example.org}}"                               | URL              | 1   | http://example.org/
            "{{URL|https://www.example.org/about|Example}}"     | URL              | 1   | https://www.example.org/about
            # {{official website}}, positional or named
            "{{Official website|http://www.example.org/}}"      | Official website | 1   | http://www.example.org/
            "{{official website|url=http://www.example.org/}}"  | official website | url | http://www.example.org/
            # Chinese alias
            "{{官方网站|http://www.example.cn/}}"                   | 官方网站             | 1   | http://www.example.cn/
            """)
    void findsTheUrlOfAUrlTemplate(String text, String template, String param, String normalized) {
        Citation citation = only(text);

        assertThat(citation.template()).isEqualTo(template);
        assertThat(citation.param()).isEqualTo(param);
        assertThat(citation.normalizedUrl()).isEqualTo(normalized);
    }

    @Test
    void reportsAUrlTemplateInAnInfoboxOnce() {
        assertThat(urls("{{Infobox company|website={{URL|www.example.org}}}}")).containsExactly("www.example.org");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # HTML comments, also across lines
            "<!-- [http://hidden.org/ x] -->"
            "<!--\\n{{cite web|url=http://hidden.org/}}\\n-->"
            # nowiki, pre, syntaxhighlight, source, math, any case and with attributes
            "<nowiki>http://hidden.org/</nowiki>"
            "<NoWiki>[http://hidden.org/ x]</NOWIKI>"
            "<pre>http://hidden.org/</pre>"
            "<syntaxhighlight lang=""bash"">curl http://hidden.org/</syntaxhighlight>"
            "<source lang=java>url = http://hidden.org/;</source>"
            "<math>\\text{http://hidden.org/}</math>"
            # a ref inside a comment is no ref
            "<!-- <ref>{{cite web|url=http://hidden.org/}}</ref> -->"
            """)
    void findsNothingInIgnoredContexts(String text) {
        String withNewlines = text.replace("\\n", "\n");
        assertThat(citations(withNewlines + " [http://shown.org/ after]"))
                .extracting(Citation::url)
                .containsExactly("http://shown.org/");
    }

    @Test
    void findsLinksBetweenSelfClosingNowikiTags() {
        assertThat(urls("a<nowiki/>http://shown.org/ b")).containsExactly("http://shown.org/");
    }

    @Test
    void readsBracesInsideNowikiAsText() {
        List<Citation> found =
                citations("{{cite web|url=http://a.org/|title=<nowiki>}}|</nowiki> x}} [http://b.org/ B]");

        assertThat(found).extracting(Citation::url).containsExactly("http://a.org/", "http://b.org/");
        assertThat(found.get(0).title()).as("masked content reads as blank").isEqualTo("x");
    }
}
