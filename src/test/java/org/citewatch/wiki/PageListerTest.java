package org.citewatch.wiki;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: categories (walked here, loops cut), templates, linked domains and recent changes. */
@WireMockTest
class PageListerTest {

    private static final String API = "/w/api.php";

    private PageLister lister(WireMockRuntimeInfo wiki) {
        return new PageLister(
                WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses()), List.of(0), 500);
    }

    @BeforeEach
    void stubCategories() {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("gcmtitle", equalTo("Category:核武器政策"))
                .withQueryParam("gcmcontinue", absent())
                .willReturn(okJson(WikiStubs.fixture("category-root-1.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("gcmtitle", equalTo("Category:核武器政策"))
                .withQueryParam("gcmcontinue", equalTo("subcat|e6a0b8e4b88de693b4e695a3|22"))
                .withQueryParam("continue", equalTo("gcmcontinue||"))
                .willReturn(okJson(WikiStubs.fixture("category-root-2.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("gcmtitle", equalTo("Category:核不擴散"))
                .willReturn(okJson(WikiStubs.fixture("category-sub.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("gcmtitle", equalTo("Category:核裁軍"))
                .willReturn(okJson(WikiStubs.fixture("category-deep.json"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                // depth 0: the category's own pages; its subcategory is not entered
                "0 | 核安全峰會                                   | 0 | 0",
                // depth 1: the subcategory's pages too; its link back to the root is a loop, cut
                "1 | 核安全峰會;防擴散安全倡議                    | 1 | 0",
                // depth 2: the subcategory's own subcategory as well
                "2 | 核安全峰會;防擴散安全倡議;削減戰略武器條約   | 1 | 1",
                "5 | 核安全峰會;防擴散安全倡議;削減戰略武器條約   | 1 | 1"
            })
    void walksSubcategoriesToTheDepthAskedAndCutsLoops(
            int depth, String expected, int subAsked, int deepAsked, WireMockRuntimeInfo wiki) {
        PageLister lister = lister(wiki);

        ApiResult.Failure failure = lister.category("核武器政策", depth);

        assertThat(failure).isNull();
        assertThat(lister.titles()).containsExactly(expected.split(";"));
        verify(
                1,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("gcmtitle", equalTo("Category:核武器政策"))
                        .withQueryParam("gcmcontinue", absent())
                        .withQueryParam("generator", equalTo("categorymembers"))
                        .withQueryParam("gcmnamespace", equalTo("0|14"))
                        .withQueryParam("gcmtype", equalTo("page|subcat")));
        verify(subAsked, getRequestedFor(urlPathEqualTo(API)).withQueryParam("gcmtitle", equalTo("Category:核不擴散")));
        verify(deepAsked, getRequestedFor(urlPathEqualTo(API)).withQueryParam("gcmtitle", equalTo("Category:核裁軍")));
    }

    @Test
    void asksForLinkingPagesOncePerProtocolAndKeepsTheConfiguredNamespaces(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("euprotocol", equalTo("http"))
                .willReturn(okJson(WikiStubs.fixture("exturlusage-http.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("euprotocol", equalTo("https"))
                .willReturn(okJson(WikiStubs.fixture("exturlusage-https.json"))));
        PageLister lister = lister(wiki);

        assertThat(lister.linkingTo("mofa.go.kr")).isNull();

        assertThat(lister.titles())
                .as("the user page (namespace 2, filtered after the limit on Wikimedia) is dropped; Korea once")
                .containsExactly("Korea", "Nuclear Security Summit");
        for (String protocol : List.of("http", "https")) {
            verify(
                    1,
                    getRequestedFor(urlPathEqualTo(API))
                            .withQueryParam("list", equalTo("exturlusage"))
                            .withQueryParam("euquery", equalTo("mofa.go.kr"))
                            .withQueryParam("euprotocol", equalTo(protocol))
                            .withQueryParam("eunamespace", equalTo("0")));
        }
    }

    @Test
    void readsThePagesTranscludingATemplate(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("generator", equalTo("embeddedin"))
                .withQueryParam("geititle", equalTo("Template:Cite web"))
                .withQueryParam("geinamespace", equalTo("0"))
                .willReturn(okJson(WikiStubs.fixture("embeddedin.json"))));
        PageLister lister = lister(wiki);

        assertThat(lister.transcluding("Cite web")).isNull();

        assertThat(lister.titles()).containsExactly("核安全峰會", "防擴散安全倡議");
    }

    @Test
    void readsRecentChangesOldestFirstAcrossContinuation(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("list", equalTo("recentchanges"))
                .withQueryParam("rccontinue", absent())
                .willReturn(okJson(WikiStubs.fixture("recentchanges-1.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("list", equalTo("recentchanges"))
                .withQueryParam("rccontinue", equalTo("20261201120000|987654"))
                .withQueryParam("continue", equalTo("-||"))
                .willReturn(okJson(WikiStubs.fixture("recentchanges-2.json"))));
        PageLister lister = lister(wiki);

        assertThat(lister.changed(Instant.parse("2026-12-01T03:00:00Z"), Instant.parse("2026-12-02T03:00:00Z")))
                .isNull();

        assertThat(lister.titles()).containsExactly("核安全峰會", "新條目", "防擴散安全倡議");
        verify(
                2,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("rcstart", equalTo("2026-12-01T03:00:00Z"))
                        .withQueryParam("rcend", equalTo("2026-12-02T03:00:00Z"))
                        .withQueryParam("rcdir", equalTo("newer"))
                        .withQueryParam("rcnamespace", equalTo("0"))
                        .withQueryParam("rctype", equalTo("edit|new")));
    }
}
