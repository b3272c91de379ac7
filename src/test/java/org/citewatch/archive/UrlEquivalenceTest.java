package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlEquivalenceTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the archives treat these as one page: scheme, www., host case, default port,
            # trailing slash, fragment and query order do not matter
            http://example.com/a           | https://example.com/a            | true
            http://www.example.com/a       | http://example.com/a             | true
            http://EXAMPLE.com/a           | http://example.com/a             | true
            http://example.com:80/a        | http://example.com/a             | true
            https://example.com:443/a      | https://example.com/a            | true
            http://example.com/a/          | http://example.com/a             | true
            http://example.com/            | example.com                      | true
            http://example.com/a#section   | http://example.com/a             | true
            http://example.com/a?x=1&y=2   | http://example.com/a?y=2&x=1     | true
            # these are other pages
            http://example.com/a           | http://example.com/b             | false
            http://example.com/a           | http://example.org/a             | false
            http://example.com/a?x=1       | http://example.com/a?x=2         | false
            http://example.com:8080/a      | http://example.com/a             | false
            http://example.com/A           | http://example.com/a             | false
            http://news.example.com/a      | http://example.com/a             | false
            """)
    void comparesUrlsTheWayArchivesMatchThem(String a, String b, boolean same) {
        assertThat(UrlEquivalence.same(a, b)).isEqualTo(same);
    }
}
