package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.citewatch.report.WordDiff.Piece;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-level highlight of a wikitext change in report.html. */
class WordDiffTest {

    @Test
    void marksOnlyTheParametersAddedToARescuedTemplate() {
        WordDiff diff = WordDiff.of(
                "{{cite web |url=http://a.example/x |title=Old news |access-date=2010-01-01}}",
                "{{cite web |url=http://a.example/x |title=Old news |access-date=2010-01-01"
                        + " |archive-url=https://web.archive.org/web/2009/http://a.example/x |archive-date=2009-05-30"
                        + " |url-status=dead}}");

        assertThat(changed(diff.before())).isEmpty();
        assertThat(changed(diff.after()))
                .containsExactly(" |archive-url=https://web.archive.org/web/2009/http://a.example/x"
                        + " |archive-date=2009-05-30 |url-status=dead");
    }

    @Test
    void replacesADeadLinkTagByTheArchiveTemplateAsWholeWords() {
        WordDiff diff = WordDiff.of(
                "[http://www.mofa.example/a 外交部]{{Dead link|date=2018年6月 |bot=InternetArchiveBot}}",
                "[http://www.mofa.example/a 外交部]{{Webarchive|url=https://web.archive.org/web/20120320081530/"
                        + "http://www.mofa.example/a|date=2012年3月20日}}");

        assertThat(changed(diff.before()))
                .as("|date= is one word: it stays, the tag's name and values go")
                .containsExactly("Dead link", "2018年6月 |bot=InternetArchiveBot");
        assertThat(changed(diff.after()))
                .containsExactly(
                        "Webarchive|url=https://web.archive.org/web/20120320081530/http://www.mofa.example/a",
                        "2012年3月20日");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a parameter's name with its = is one word, spaces around it included
                "{{a | archive-url = x}};  '{{,a, ,| archive-url =, ,x,}}'",
                // a | without a name and = stands alone; a URL with = and ? is one word
                "[http://a.example/?q=1&r=2 t|u];  '[,http://a.example/?q=1&r=2, ,t,|,u,]'",
                // markup characters are words of their own
                "<ref name=\"x\">y</ref>;  '<,ref, ,name=\"x\",>,y,<,/ref,>'"
            })
    void cutsWikitextIntoWords(String text, String words) {
        assertThat(WordDiff.words(text)).containsExactly(words.split(",", -1));
    }

    @Test
    void givesBackEachSideExactlyWhateverTheText() {
        Random random = new Random(13);
        String alphabet = "{}[]|= \t\n<>/:abc漢字-\"'";
        for (int round = 0; round < 500; round++) {
            String before = soup(random, alphabet);
            String after = soup(random, alphabet);

            WordDiff diff = WordDiff.of(before, after);

            assertThat(joined(diff.before())).isEqualTo(before);
            assertThat(joined(diff.after())).isEqualTo(after);
        }
    }

    private static String soup(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static List<String> changed(List<Piece> pieces) {
        return pieces.stream().filter(Piece::changed).map(Piece::text).toList();
    }

    private static String joined(List<Piece> pieces) {
        return String.join("", pieces.stream().map(Piece::text).toList());
    }
}
