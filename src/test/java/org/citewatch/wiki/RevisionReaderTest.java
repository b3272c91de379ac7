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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 14: page text in batches of 50 titles, continuation followed as the API returns it. */
@WireMockTest
class RevisionReaderTest {

    private static final String API = "/w/api.php";

    private RevisionReader reader(WireMockRuntimeInfo wiki) {
        return new RevisionReader(WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses()));
    }

    @Test
    void readsABatchOfFiftyTitlesFollowingTheContinuationUnchanged(WireMockRuntimeInfo wiki) {
        List<String> titles =
                IntStream.rangeClosed(1, 50).mapToObj(i -> "Page " + i).toList();
        String joined = String.join("|", titles);
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("titles", equalTo(joined))
                .withQueryParam("rvcontinue", absent())
                .willReturn(okJson(WikiStubs.fixture("revisions-batch-1.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("titles", equalTo(joined))
                .withQueryParam("rvcontinue", equalTo("1031|90031"))
                .withQueryParam("continue", equalTo("||"))
                .willReturn(okJson(WikiStubs.fixture("revisions-batch-2.json"))));

        RevisionBatch batch = reader(wiki).read(titles, true);

        assertThat(batch.failure()).isNull();
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.revisions()).hasSize(50);
        assertThat(batch.revisions()).extracting(Revision::title).containsExactlyElementsOf(titles);
        assertThat(batch.revisions().get(44)).satisfies(page -> {
            assertThat(page.pageId()).isEqualTo(1045);
            assertThat(page.revisionId()).isEqualTo(90045);
            assertThat(page.timestamp()).isEqualTo(Instant.parse("2026-11-18T08:00:00Z"));
            assertThat(page.text()).contains("https://news.example.org/45");
        });
        verify(
                2,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("action", equalTo("query"))
                        .withQueryParam("prop", equalTo("revisions"))
                        .withQueryParam("rvprop", equalTo("ids|timestamp|content"))
                        .withQueryParam("rvslots", equalTo("main"))
                        .withQueryParam("redirects", equalTo("1"))
                        .withQueryParam("formatversion", equalTo("2"))
                        .withQueryParam("maxlag", equalTo("5")));
    }

    @Test
    void reportsRedirectsAndNamesMissingAndInvalidTitles(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API)).willReturn(okJson(WikiStubs.fixture("revisions-problems.json"))));

        RevisionBatch batch = reader(wiki).read(List.of("核安全_峰會", "nSS", "不存在的頁面", "壞<標題>"), true);

        assertThat(batch.revisions())
                .as("the normalized title and the redirect lead to the same page, read once")
                .singleElement()
                .satisfies(page -> {
                    assertThat(page.title()).isEqualTo("核安全峰會");
                    assertThat(page.revisionId()).isEqualTo(70000001L);
                    assertThat(page.text()).contains("{{死链|date=2019年1月}}");
                });
        assertThat(batch.redirects()).containsExactly("NSS → 核安全峰會");
        assertThat(batch.problems())
                .extracting(RevisionBatch.Problem::title, RevisionBatch.Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("不存在的頁面", "no such page on the wiki"),
                        org.assertj.core.groups.Tuple.tuple(
                                "壞<標題>",
                                "not a valid title: The requested page title contains invalid characters: \"<\"."));
    }

    @Test
    void asksOnlyForIdsWhenNoTextIsWanted(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API)).willReturn(okJson(WikiStubs.fixture("revisions-problems.json"))));

        reader(wiki).read(List.of("核安全峰會"), false);

        verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp")));
    }
}
