package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFileTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NONE", textBlock = """
            # wikitext, under each of its names and in any case
            page.wiki,            WIKITEXT
            page.wikitext,        WIKITEXT
            page.mediawiki,       WIKITEXT
            PAGE.Wiki,            WIKITEXT
            # URL lists and HTML
            urls.txt,             URL_LIST
            page.html,            HTML
            page.HTM,             HTML
            # dumps, plain and compressed
            enwiki-pages.xml,     XML_DUMP
            enwiki-pages.xml.bz2, XML_DUMP_BZIP2
            enwiki-pages.xml.gz,  XML_DUMP_GZIP
            # anything else is not an input
            notes.md,             NONE
            archive.bz2,          NONE
            page.wiki.bak,        NONE
            .wiki,                NONE
            """)
    void mapsTheFileNameEndingToItsType(String name, InputFileType expected) {
        assertThat(InputFileType.of(Path.of("folder", name)).orElse(null)).isEqualTo(expected);
    }
}
