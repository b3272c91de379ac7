package org.citewatch.wiki;

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
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 14: the wiki's language, address and its own names of the dead-link and archive templates. */
@WireMockTest
class SiteReaderTest {

    private static final String API = "/w/api.php";

    @Test
    void readsTheSiteAndCompletesTheTemplateNamesWithTheirRedirects(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(okJson(WikiStubs.fixture("siteinfo.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(WikiStubs.fixture("template-redirects.json"))));
        WikiApi api = WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses());

        SiteReader.Result result = new SiteReader(WikiStubs.settings()).read(api);

        assertThat(result.failure()).isNull();
        Site site = result.site();
        assertThat(site.facts().language()).isEqualTo("zh");
        assertThat(site.now()).isEqualTo(Instant.parse("2026-12-02T03:00:00Z"));
        assertThat(site.server())
                .as("a protocol-relative server takes the API's scheme")
                .isEqualTo("http://zh.wikipedia.org");
        assertThat(site.pageUrl("核安全峰會 (2010年)")).isEqualTo("http://zh.wikipedia.org/wiki/核安全峰會_(2010年)");
        assertThat(site.facts().deadLinkTemplates())
                .as("Template:Dead link redirects to 失效链接 on zhwiki: the target and all its redirects")
                .contains("Dead link", "失效链接", "死链", "Deadlink", "失效連結");
        assertThat(site.facts().archiveTemplates()).contains("Webarchive", "Web archive", "网页存档");
        verify(
                1,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("titles", equalTo("Template:Dead link|Template:Webarchive"))
                        .withQueryParam("rdnamespace", equalTo("10"))
                        .withQueryParam("redirects", equalTo("1")));
    }
}
