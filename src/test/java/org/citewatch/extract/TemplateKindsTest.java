package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: template kinds are remembered by name as written; the answers must not change. */
class TemplateKindsTest {

    private final TemplateKinds kinds = new TemplateKinds(ExtractProperties.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            # the same template written as editors do
            cite web;             CITATION
            Cite_web;             CITATION
            'Template:Cite  web'; CITATION
            引用网页;              CITATION
            Dead link;            DEAD_LINK
            死链;                 DEAD_LINK
            webarchive;           ARCHIVE
            URL;                  URL
            Infobox settlement;   OTHER
            """)
    void answersTheSameForANameSeenBeforeAndAfterManyOthers(String name, TemplateKinds.Kind kind) {
        assertThat(kinds.of(name)).isEqualTo(kind);
        for (int i = 0; i < 20_000; i++) {
            kinds.of("Navbox " + i); // more names than are remembered
        }

        assertThat(kinds.of(name)).as("after the remembered names were dropped").isEqualTo(kind);
        assertThat(kinds.of(name)).as("remembered").isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"website, true", "Website, true", "home_page, true", "網站, true", "caption, false"})
    void answersTheSameForAnInfoboxParameterSeenBefore(String param, boolean url) {
        assertThat(kinds.isInfoboxUrlParam(param)).isEqualTo(url);
        assertThat(kinds.isInfoboxUrlParam(param)).as("remembered").isEqualTo(url);
    }
}
