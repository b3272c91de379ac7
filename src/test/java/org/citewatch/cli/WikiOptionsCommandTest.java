package org.citewatch.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: the wiki options of {@code extract} and {@code audit}, through {@link Main#run}. */
@WireMockTest
class WikiOptionsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = WikiOptionsCommandTest.class.getResourceAsStream("/fixtures/mediawiki/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractReadsAPageOfAWikiAndNamesTheMissingOne(WireMockRuntimeInfo wiki) throws IOException {
        stubFor(get(urlPathEqualTo("/w/api.php"))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(okJson(fixture("siteinfo.json"))));
        stubFor(get(urlPathEqualTo("/w/api.php"))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(fixture("template-redirects.json"))));
        stubFor(get(urlPathEqualTo("/w/api.php"))
                .withQueryParam("prop", equalTo("revisions"))
                .willReturn(okJson(fixture("revisions-problems.json"))));

        int exit = run("extract", "--wiki", wiki.getHttpBaseUrl(), "--page", "核安全_峰會", "--page", "不存在的頁面");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("\"document\":\"http://zh.wikipedia.org/wiki/核安全峰會\"")
                .contains("http://www.state.gov/t/isn/nuclearsecuritysummit/2010/");
        assertThat(err.toString()).contains("不存在的頁面: no such page on the wiki");
        verify(getRequestedFor(urlPathEqualTo("/w/api.php"))
                .withQueryParam("titles", equalTo("核安全_峰會|不存在的頁面"))
                .withQueryParam("rvprop", equalTo("ids|timestamp|content")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                "extract --page 核安全峰會                                          | need --wiki URL",
                "audit --category 核武器政策                                        | need --wiki URL",
                "extract --wiki https://wiki.example.com --depth 2 --page X        | --depth needs --category",
                "extract --wiki https://wiki.example.com --page X --changed-since yesterday | must be 'last' or a time",
                "extract --wiki https://wiki.example.com                           | say what to read",
                "extract --wiki https://zh.wikipedia.org --page 核安全峰會          | citewatch.wiki.contact",
                "audit --wiki https://zh.wikipedia.org --page 核安全峰會 --db jdbc:h2:mem:wikicli | citewatch.wiki.contact"
            })
    void refusesWikiOptionsThatCannotWork(String args, String message) {
        int exit = run(args.split(" "));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }
}
