package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixtures of wikitext syntax: extraction never fails and never loses its place. */
public class TokenSoupTest {

    private static final String[] TOKENS = {
        "{{",
        "}}",
        "{{{",
        "}}}",
        "[",
        "]",
        "[[",
        "]]",
        "|",
        "=",
        "<ref>",
        "</ref>",
        "<ref name=x>",
        "<ref name=x/>",
        "<ref name=\"y\"",
        "<!--",
        "-->",
        "<nowiki>",
        "</nowiki>",
        "<pre>",
        "http://",
        "https://a.org/",
        "//b.org/",
        "mailto:",
        ":",
        "''",
        "'''",
        "\n",
        " ",
        "文字",
        "text",
        "{{cite web|url=",
        "{{dead link|date=2018年6月}}",
        "{{webarchive|url=",
        "&amp;",
        ")",
        "(",
        ".",
        "{{Infobox x|website=",
        "<span title=\"",
        ">",
        "<",
        "\t",
        "http://c.org/p?q=1&amp;r=(2)",
        "{{URL|",
        "[http://d.org/ t]",
        "[//e.org x]"
    };

    @Test
    void extractsFromRandomSyntaxWithoutInternalErrors() {
        Random random = new Random(20260101L);
        for (int page = 0; page < 3000; page++) {
            String wikitext = soup(random, 120, "");

            Extraction extraction = Wikitext.extract(wikitext);

            assertThat(extraction.warnings())
                    .as("warnings of %s", wikitext)
                    .noneMatch(w -> w.message().contains("internal error"));
            assertThat(extraction.citations())
                    .as("citations of %s", wikitext)
                    .allSatisfy(c -> assertThat(wikitext).contains(c.url()));
        }
    }

    @Test
    void findsALinkAfterAnyPrefixOfBrokenSyntax() {
        Random random = new Random(7L);
        for (int page = 0; page < 1000; page++) {
            // an unclosed comment legitimately hides the rest, so none is opened
            String wikitext = soup(random, 40, "<!--") + "}}]]</ref>-->\n\n[http://last.example.org/end final]";

            assertThat(Wikitext.urls(wikitext)).as("urls of %s", wikitext).contains("http://last.example.org/end");
        }
    }

    /** Up to {@code maxTokens} random tokens, leaving out {@code excluded}. */
    public static String soup(Random random, int maxTokens, String excluded) {
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(maxTokens);
        for (int i = 0; i < tokens; i++) {
            String token = TOKENS[random.nextInt(TOKENS.length)];
            if (!token.equals(excluded)) {
                text.append(token);
            }
        }
        return text.toString();
    }
}
