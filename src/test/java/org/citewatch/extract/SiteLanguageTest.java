package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 item 4: a dump's language comes from its siteinfo. */
class SiteLanguageTest {

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # the database name decides first
            zhwiki           | https://en.wikipedia.org/wiki/Main_Page | en   | zh
            jawiki           | NULL                                    | NULL | ja
            zh_yuewiki       | NULL                                    | NULL | zh-yue
            dewikinews       | NULL                                    | NULL | de
            # not a language wiki: the base URL's host, then xml:lang
            commonswiki      | https://zh.wikipedia.org/wiki/首页       | en   | zh
            commonswiki      | https://commons.wikimedia.org/wiki/Main | en   | en
            NULL             | https://ja.wikipedia.org/wiki/メインページ  | NULL | ja
            NULL             | https://www.wikidata.org/wiki/Main      | NULL | NULL
            NULL             | not a url at all                        | de   | de
            NULL             | NULL                                    | zh-Hant | zh-hant
            # nothing usable
            NULL             | NULL                                    | NULL | NULL
            NULL             | NULL                                    | '<x>' | NULL
            """)
    void namesTheDumpsLanguage(String dbname, String base, String xmlLang, String expected) {
        assertThat(SiteLanguage.of(dbname, base, xmlLang)).isEqualTo(expected);
    }
}
