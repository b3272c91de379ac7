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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13: fix reads the revisions an audit read again, by id, from the wiki's Action API. */
@WireMockTest
class RevisionTextsTest {

    private static final String API = "/w/api.php";

    private static RevisionTexts texts(WikiProperties settings) {
        return new RevisionTexts(WikiStubs.apis(settings, new WikiStubs.Pauses()), settings);
    }

    @BeforeEach
    void stubSite() {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(okJson(WikiStubs.fixture("siteinfo.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(WikiStubs.fixture("template-redirects.json"))));
    }

    @Test
    void readsRevisionsByIdAndSaysWhichTheWikiNoLongerGives(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("revids", equalTo("70000010|99|70000020|70000030"))
                .willReturn(okJson(WikiStubs.fixture("revisions-by-id-problems.json"))));

        RevisionTexts.Revisions revisions = texts(WikiStubs.settings())
                .read(wiki.getHttpBaseUrl() + API, List.of(70000010L, 99L, 70000020L, 70000030L));

        assertThat(revisions.site().language()).isEqualTo("zh");
        assertThat(revisions.site().deadLinkTemplates())
                .as("the wiki's own names of its dead-link tag, as the audit read them")
                .contains("連結失效");
        Map<Long, RevisionTexts.Result> read = revisions.results();

        assertThat(read.get(70000010L))
                .isEqualTo(new RevisionTexts.Text(
                        "防擴散安全倡議", "'''防擴散安全倡議'''<ref>{{cite web |url=http://dead.example/psi |title=參加國}}</ref>"));
        assertThat(read.get(99L)).asString().contains("the wiki has no revision 99");
        assertThat(read.get(70000020L)).asString().contains("hidden");
        assertThat(read.get(70000030L)).asString().contains("did not answer for revision 70000030");
        verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("action", equalTo("query"))
                .withQueryParam("prop", equalTo("revisions"))
                .withQueryParam("rvprop", equalTo("ids|timestamp|content"))
                .withQueryParam("rvslots", equalTo("main"))
                .withQueryParam("maxlag", equalTo("5")));
    }

    @Test
    void asksForAtMostABatchOfRevisionsAtATime(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("revisions"))
                .willReturn(okJson("{\"batchcomplete\":true,\"query\":{}}")));

        texts(WikiStubs.settings("batch-size", "2")).read(wiki.getHttpBaseUrl() + API, List.of(1L, 2L, 3L));

        verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("revids", equalTo("1|2")));
        verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("revids", equalTo("3")));
    }

    @Test
    void readsNoRevisionWhenTheWikisTemplateNamesCannotBeRead(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(WikiStubs.fixture("badvalue.json"))));

        RevisionTexts.Revisions read = texts(WikiStubs.settings()).read(wiki.getHttpBaseUrl() + API, List.of(1L));

        assertThat(read.results().get(1L))
                .as("a fix that did not know the wiki's {{連結失效}} would leave the tag of a rescued link")
                .isInstanceOf(RevisionTexts.Unavailable.class)
                .asString()
                .contains("template names");
        verify(0, getRequestedFor(urlPathEqualTo(API)).withQueryParam("prop", equalTo("revisions")));
    }

    @Test
    void asksNoWikimediaWikiWithoutAContact() {
        Map<Long, RevisionTexts.Result> read = texts(WikiStubs.settings("contact", ""))
                .read("https://zh.wikipedia.org/w/api.php", List.of(1L))
                .results();

        assertThat(read.get(1L))
                .isInstanceOf(RevisionTexts.Unavailable.class)
                .asString()
                .contains("contact");
    }
}
