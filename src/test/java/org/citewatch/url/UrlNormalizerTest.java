package org.citewatch.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # already normal: unchanged
            http://example.org/a/b?c=d                     | http://example.org/a/b?c=d
            # HTML entities decoded: named, decimal, hex
            http://example.org/?a=1&amp;b=2                | http://example.org/?a=1&b=2
            http://example.org/?a=1&#38;b=2                | http://example.org/?a=1&b=2
            http://example.org/?a=1&#x26;b=2               | http://example.org/?a=1&b=2
            http://example.org/a&ndash;b                   | http://example.org/a%E2%80%93b
            # a query parameter that merely looks like an entity stays (HTML attribute rules)
            http://example.org/?x=1&copy=2                 | http://example.org/?x=1&copy=2
            # scheme and host lower-cased, path case kept
            HTTP://WWW.Example.ORG/Path/File.HTM           | http://www.example.org/Path/File.HTM
            # IDN host to punycode, also with an ideographic full stop
            http://bücher.example/                         | http://xn--bcher-kva.example/
            http://例子。测试/路径                              | http://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84
            # non-ASCII path and query percent-encoded as UTF-8, existing escapes kept (hex upper-cased)
            http://zh.example.org/wiki/核安全                | http://zh.example.org/wiki/%E6%A0%B8%E5%AE%89%E5%85%A8
            http://example.org/search?q=布拉格                 | http://example.org/search?q=%E5%B8%83%E6%8B%89%E6%A0%BC
            http://example.org/%E6%A0%B8?q=%e5%b8%83       | http://example.org/%E6%A0%B8?q=%E5%B8%83
            http://example.org/100%                        | http://example.org/100%25
            # characters not allowed in a URL encoded
            http://example.org/a b"c^d{e}                  | http://example.org/a%20b%22c%5Ed%7Be%7D
            # fragment dropped
            http://example.org/page#section                | http://example.org/page
            http://example.org#top                         | http://example.org/
            # default port dropped, other ports kept
            http://example.org:80/a                        | http://example.org/a
            https://example.org:443/a                      | https://example.org/a
            https://example.org:80/a                       | https://example.org:80/a
            http://example.org:/a                          | http://example.org/a
            # empty path becomes /
            http://example.org                             | http://example.org/
            http://example.org?q=1                         | http://example.org/?q=1
            # protocol-relative read as https
            //example.org/a                                | https://example.org/a
            # surrounding whitespace ignored
            '  http://example.org/a  '                     | http://example.org/a
            # user info and IPv6 kept
            http://user@example.org/                       | http://user@example.org/
            http://[2001:DB8::1]:8080/x                    | http://[2001:db8::1]:8080/x
            """)
    void normalizesCheckableUrls(String url, String expected) {
        NormalizedUrl normalized = UrlNormalizer.normalize(url);

        assertThat(normalized.skipReason()).as("skip reason of %s", url).isNull();
        assertThat(normalized.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # other schemes are kept but not checked
            ftp://ftp.example.org/file.txt      | UNSUPPORTED_SCHEME
            mailto:someone@example.org          | UNSUPPORTED_SCHEME
            news:comp.lang.java                 | UNSUPPORTED_SCHEME
            javascript:alert(1)                 | UNSUPPORTED_SCHEME
            # no scheme, no host, bad port or host: malformed
            www.example.org/page                | MALFORMED_URL
            /relative/path                      | MALFORMED_URL
            http:example.org                    | MALFORMED_URL
            http://                             | MALFORMED_URL
            http:///path                        | MALFORMED_URL
            http://example.org:99999/           | MALFORMED_URL
            http://example.org:8o/              | MALFORMED_URL
            http://exa mple.org/                | MALFORMED_URL
            http://[::1/                        | MALFORMED_URL
            """)
    void keepsUncheckableUrlsAsWrittenWithTheReason(String url, String reason) {
        NormalizedUrl normalized = UrlNormalizer.normalize(url);

        assertThat(normalized.skipReason()).isEqualTo(reason);
        assertThat(normalized.value()).as("a skipped URL is kept as written").isEqualTo(url.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # trailing sentence punctuation is not part of a free link
            http://example.org/a.       | http://example.org/a
            http://example.org/a,       | http://example.org/a
            http://example.org/a;       | http://example.org/a
            http://example.org/a:       | http://example.org/a
            http://example.org/a!       | http://example.org/a
            http://example.org/a?       | http://example.org/a
            http://example.org/a?!...   | http://example.org/a
            # inside the URL it stays
            http://example.org/a.b?c=d  | http://example.org/a.b?c=d
            # an unbalanced ) is cut, a balanced one kept
            http://example.org/a)       | http://example.org/a
            http://example.org/a).      | http://example.org/a
            http://example.org/F_(b)    | http://example.org/F_(b)
            http://example.org/F_(b).   | http://example.org/F_(b)
            http://example.org/F_(b)).  | http://example.org/F_(b)
            http://example.org/(a)b)    | http://example.org/(a)b
            # a ; ending an entity is kept
            http://example.org/?a&amp;  | http://example.org/?a&amp;
            http://example.org/&#38;.   | http://example.org/&#38;
            # &lt; &gt; &nbsp; end the link
            http://example.org/a&lt;b   | http://example.org/a
            http://example.org/a&nbsp;b | http://example.org/a
            """)
    void trimsAFreeLinkEndAsMediaWikiDoes(String candidate, String linked) {
        assertThat(UrlNormalizer.trimFreeLink(candidate)).isEqualTo(linked);
    }
}
