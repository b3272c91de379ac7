package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How page text is normalized before phrases are matched (issue 16: one pass instead of a regex). */
class PageSampleNormalizeTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Page Not Found", "page not found"),
                Arguments.of("  Page\u00a0not\tfound \r\n", "page not found"),
                Arguments.of("We\u2019re sorry", "we're sorry"),
                Arguments.of("a \u000b\f b", "a b"),
                Arguments.of("", ""),
                Arguments.of(" \t\u00a0 ", ""),
                // other Unicode spaces are kept inside the text (as before), but not at the ends
                Arguments.of("\u3000页面不存在\u3000了 ", "页面不存在\u3000了"),
                Arguments.of("ÄRGER İstanbul ΣΟΦΟΣ", "ärger i̇stanbul σοφος"),
                Arguments.of("404 — Seite nicht gefunden", "404 — seite nicht gefunden"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void lowerCasesStraightensApostrophesAndCollapsesSpaces(String text, String expected) {
        assertThat(PageSample.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void givesWhatTheRegexBasedNormalizationGave(String text, String ignored) {
        String regexBased = Pattern.compile("\\s+")
                .matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00a0', ' '))
                .replaceAll(" ")
                .strip();

        assertThat(PageSample.normalize(text))
                .as("phrases stored and matched before the change still match")
                .isEqualTo(regexBased);
    }
}
