package org.citewatch.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Issue 17: the similarity that decides whether a live page "shares almost nothing" with a cited title. */
class TitleSimilarityTest {

    /** The default {@code citewatch.drift.max-live-similarity}. */
    private static final double SHARES_ALMOST_NOTHING = 0.2;

    @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
    @CsvFileSource(resources = "/fixtures/drift/title-pairs.csv", delimiter = ';', quoteCharacter = '\0')
    void flagsOnlyTitlesThatShareAlmostNothing(String cited, String live, boolean flagged) {
        OptionalDouble similarity = TitleSimilarity.of(cited, live);

        assertThat(similarity).isPresent();
        assertThat(similarity.getAsDouble() <= SHARES_ALMOST_NOTHING)
                .as("similarity %.2f of \"%s\" and \"%s\"", similarity.getAsDouble(), cited, live)
                .isEqualTo(flagged);
    }

    @Test
    void comparesNothingWhenATitleHasNoWords() {
        assertThat(TitleSimilarity.of("Mayor resigns", "")).isEmpty();
        assertThat(TitleSimilarity.of("– | –", "Mayor resigns")).isEmpty();
        assertThat(TitleSimilarity.of(null, "Mayor resigns")).isEmpty();
    }

    @Test
    void cutsCjkTextIntoBigramsAndLatinTextIntoWords() {
        assertThat(TitleSimilarity.tokens("新华网 Xinhua News")).containsExactlyInAnyOrder("新华", "华网", "xinhua", "news");
        assertThat(TitleSimilarity.tokens("The Ｍayor of Zürich")).containsExactlyInAnyOrder("mayor", "zurich");
    }

    @Test
    void scoresOneWhenOneTitleHoldsAllOfTheOther() {
        assertThat(TitleSimilarity.of("习近平会见美国总统", "习近平会见美国总统 | 新华网")).hasValue(1.0);
    }
}
