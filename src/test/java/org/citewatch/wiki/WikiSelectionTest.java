package org.citewatch.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: a wiki selection travels as one input text, stored with the run, and back. */
class WikiSelectionTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                // titles stay readable; only the separators are escaped
                "核安全峰會        | wiki:wiki=https://zh.wikipedia.org&page=核安全峰會",
                "AT&T              | wiki:wiki=https://zh.wikipedia.org&page=AT%26T",
                "E=mc2             | wiki:wiki=https://zh.wikipedia.org&page=E%3Dmc2",
                "100%26 pure       | wiki:wiki=https://zh.wikipedia.org&page=100%2526 pure",
                "C++               | wiki:wiki=https://zh.wikipedia.org&page=C++"
            })
    void aSelectionReadsBackFromItsInputText(String title, String input) {
        WikiSelection selection =
                new WikiSelection("https://zh.wikipedia.org", List.of(title), "", "", 0, "", "", "", List.of());

        assertThat(selection.toInput()).isEqualTo(input);
        assertThat(WikiSelection.parse(input)).contains(selection);
    }

    @Test
    void everyPartSurvivesTheRoundTrip() {
        WikiSelection selection = new WikiSelection(
                "https://zh.wikipedia.org",
                List.of("核安全峰會", "防擴散安全倡議"),
                "/srv/titles.txt",
                "核武器政策",
                2,
                "Cite web",
                "*.mofa.go.kr",
                "last",
                List.of(0, 4));

        assertThat(WikiSelection.parse(selection.toInput())).contains(selection);
        assertThat(selection.listingKey()).doesNotContain("changed-since");
    }

    @Test
    void aSelectionMustSayWhatToRead() {
        assertThatThrownBy(() ->
                        new WikiSelection("https://zh.wikipedia.org", List.of(), "", "", 0, "", "", "", List.of()))
                .hasMessageContaining("say what to read");
    }

    @Test
    void filesAreNotSelections() {
        assertThat(WikiSelection.parse("samples/page.wiki")).isEmpty();
    }
}
