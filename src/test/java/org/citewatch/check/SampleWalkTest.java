package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.citewatch.testing.ArticlePages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: where the streaming look stops, and that it does stop on an article. */
class SampleWalkTest {

    @Test
    void stopsAFewKilobytesIntoTheBodyOfAnArticle() {
        String article = ArticlePages.article(new Random(1), 50_000, "Long article");

        List<String> read = elementsReadUntilEnough(article, 4_096);

        assertThat(read).as("the heading and the first paragraphs are read").contains("h1", "p");
        assertThat(read).as("the rest of the article is not").doesNotContain("footer");
        assertThat(read.stream().filter("p"::equals).count())
                .as("about 4,096 characters of text are some 10 paragraphs of 60 words")
                .isBetween(5L, 20L);
    }

    @Test
    void readsAShortPageToItsEnd() {
        String page = "<html><head><title>Short</title></head><body><h1>Short</h1><p>Little text.</p>"
                + "<footer>end</footer></body></html>";

        assertThat(elementsReadUntilEnough(page, 4_096)).contains("footer", "html");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // whatever is opened after the text and is part of the sample is waited for
                "an h1 | <h1>Late</h1> | h1",
                "a script | <script src=/late.js></script> | script",
                "an iframe | <iframe src=/late></iframe> | iframe",
                "a base | <base href=https://other.example/> | base",
                "a title | <title>Late</title> | title",
                "a link while no canonical has been seen | <link rel=stylesheet href=/late.css> | link",
                // even where the opening is no tag at all: the count is an upper bound, the walk reads on
                "an h1 in a comment | <!-- <h1> --> | footer",
            })
    void waitsForEveryTagTheSampleReadsThatTheSourceOpens(String what, String late, String lastRead) {
        String page = "<body><p>" + "text ".repeat(200) + "</p><p>more</p>" + late + "<footer>end</footer></body>";

        List<String> read = elementsReadUntilEnough(page, 100);

        assertThat(read).as(what).contains(lastRead);
    }

    @Test
    void stopsRightAfterTheTextWhenNothingElseIsOpened() {
        String page = "<body><p>" + "text ".repeat(200) + "</p><p>more</p><p>and more</p><footer>end</footer></body>";

        assertThat(elementsReadUntilEnough(page, 100)).containsExactly("head", "p");
    }

    @Test
    void needsNoH2WhenThereIsAnH1() {
        String page = "<body><h1>Main</h1><p>" + "text ".repeat(200) + "</p><p>more</p><h2>Later section</h2>"
                + "<footer>end</footer></body>";

        assertThat(elementsReadUntilEnough(page, 100)).doesNotContain("h2", "footer");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<H1 class=x>a</h1><h1>b</h1><h2>c</h2> | 2 | 1 | 0",
                "<script src=a></script><IFRAME></iframe><frame><frameset> | 0 | 0 | 4",
                "<h10><h1x><scripts> | 2 | 0 | 1",
                "text < h1 <!-- <h1> --> | 1 | 0 | 0",
                "<h1 | 1 | 0 | 0",
                "<h | 0 | 0 | 0",
            })
    void countsEveryOpeningOfASampledTagAsAnUpperBound(String html, int h1, int h2, int embeds) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        TagOpenings openings = TagOpenings.in(bytes, 0, bytes.length);

        assertThat(openings.h1()).isEqualTo(h1);
        assertThat(openings.h2()).isEqualTo(h2);
        assertThat(openings.embeds()).isEqualTo(embeds);
    }

    /** The names of the elements the walk read before it had enough, or of all of them. */
    private static List<String> elementsReadUntilEnough(String html, int textChars) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        SampleWalk walk = new SampleWalk(() -> TagOpenings.in(bytes, 0, bytes.length), textChars);
        List<String> read = new ArrayList<>();
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "https://example.org/")) {
            Document doc = parser.document();
            Iterator<Element> completed = parser.iterator();
            while (completed.hasNext()) {
                Element element = completed.next();
                read.add(element.normalName());
                if (walk.enough(doc, element)) {
                    break;
                }
            }
        }
        return read;
    }
}
