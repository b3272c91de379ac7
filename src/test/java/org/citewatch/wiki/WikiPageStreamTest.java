package org.citewatch.wiki;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.SourceMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: a wiki selection read as documents, skipping pages whose revision is stored. */
@WireMockTest
class WikiPageStreamTest {

    private static final String API = "/w/api.php";

    private final List<DocumentError> errors = new ArrayList<>();

    /** A memory as the history keeps it, in a map. */
    private static final class Memory implements SourceMemory {
        final Map<String, Long> revisions = new HashMap<>();
        final Map<String, Instant> previous = new HashMap<>();
        final Map<String, Instant> marks = new HashMap<>();

        @Override
        public OptionalLong storedRevision(String documentName) {
            Long id = revisions.get(documentName);
            return id == null ? OptionalLong.empty() : OptionalLong.of(id);
        }

        @Override
        public Optional<Instant> previousMark(String key) {
            return Optional.ofNullable(previous.get(key));
        }

        @Override
        public Instant mark(String key, Instant now) {
            return marks.computeIfAbsent(key, k -> now);
        }
    }

    @BeforeEach
    void stubSite() {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(okJson(WikiStubs.fixture("siteinfo.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(WikiStubs.fixture("template-redirects.json"))));
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("revisions"))
                .willReturn(okJson(WikiStubs.fixture("revisions-problems.json"))));
    }

    private List<Document> read(WireMockRuntimeInfo wiki, WikiSelection selection, SourceMemory memory) {
        WikiApi api = WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses());
        List<Document> documents = new ArrayList<>();
        try (DocumentStream stream = new WikiPageStream(api, selection, WikiStubs.settings(), memory, errors::add)) {
            stream.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static WikiSelection pages(String wiki, String changedSince, String... titles) {
        return new WikiSelection(wiki, List.of(titles), "", "", 0, "", "", changedSince, List.of());
    }

    @Test
    void readsEachPageAsADocumentNamedByItsAddressAndNamesTitlesThatCannotBeRead(WireMockRuntimeInfo wiki) {
        List<Document> documents =
                read(wiki, pages(wiki.getHttpBaseUrl(), "", "核安全_峰會", "不存在的頁面", "壞<標題>"), SourceMemory.NONE);

        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.name()).isEqualTo("http://zh.wikipedia.org/wiki/核安全峰會");
            assertThat(document.revisionId()).isEqualTo(70000001L);
            assertThat(document.text()).contains("{{死链|date=2019年1月}}");
            assertThat(document.wikiPage().title()).isEqualTo("核安全峰會");
            assertThat(document.wikiPage().pageId()).isEqualTo(1234567L);
            assertThat(document.wikiPage().timestamp()).isEqualTo(Instant.parse("2026-11-20T12:34:56Z"));
            assertThat(document.wikiPage().wiki()).isEqualTo(wiki.getHttpBaseUrl() + "/w/api.php");
            assertThat(document.wikiPage().site().language()).isEqualTo("zh");
            assertThat(document.wikiPage().site().deadLinkTemplates()).contains("死链");
            assertThat(document.wikiPage().unchanged()).isFalse();
        });
        assertThat(errors)
                .extracting(DocumentError::document, DocumentError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "http://zh.wikipedia.org > 不存在的頁面", "no such page on the wiki"),
                        org.assertj.core.groups.Tuple.tuple(
                                "http://zh.wikipedia.org > 壞<標題>",
                                "not a valid title: The requested page title contains invalid characters: \"<\"."));
        verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp|content")));
        verify(0, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp")));
    }

    @Test
    void aPageAtTheStoredRevisionComesWithoutItsText(WireMockRuntimeInfo wiki) {
        Memory memory = new Memory();
        memory.revisions.put("http://zh.wikipedia.org/wiki/核安全峰會", 70000001L);

        List<Document> documents = read(wiki, pages(wiki.getHttpBaseUrl(), "", "核安全峰會"), memory);

        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.wikiPage().unchanged()).isTrue();
            assertThat(document.text()).isEmpty();
        });
        verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp")));
        verify(0, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp|content")));
    }

    @Test
    void aPageAtAnotherRevisionIsReadAgain(WireMockRuntimeInfo wiki) {
        Memory memory = new Memory();
        memory.revisions.put("http://zh.wikipedia.org/wiki/核安全峰會", 69999999L);

        List<Document> documents = read(wiki, pages(wiki.getHttpBaseUrl(), "", "核安全峰會"), memory);

        assertThat(documents)
                .singleElement()
                .satisfies(
                        document -> assertThat(document.wikiPage().unchanged()).isFalse());
        verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp|content")));
    }

    @Test
    void changedSinceTheLastRunKeepsOnlyThePagesInTheRecentChanges(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("list", equalTo("recentchanges"))
                .willReturn(okJson(WikiStubs.fixture("recentchanges-2.json"))));
        WikiSelection selection = pages(wiki.getHttpBaseUrl(), "last", "核安全峰會", "防擴散安全倡議");
        Memory memory = new Memory();
        memory.previous.put(selection.listingKey(), Instant.parse("2026-12-01T03:00:00Z"));
        WikiApi api = WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses());

        List<String> titles = new WikiListing(
                        api, selection, WikiStubs.settings(), memory, Instant.parse("2026-12-02T03:00:00Z"), f -> {})
                .titles();

        assertThat(titles).as("only 防擴散安全倡議 changed").containsExactly("防擴散安全倡議");
        assertThat(memory.marks).containsEntry(selection.listingKey(), Instant.parse("2026-12-02T03:00:00Z"));
        verify(
                1,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("rcstart", equalTo("2026-12-01T03:00:00Z"))
                        .withQueryParam("rcend", equalTo("2026-12-02T03:00:00Z")));
    }

    @Test
    void aGapLongerThanTheWikiKeepsRecentChangesReadsEveryListedPage(WireMockRuntimeInfo wiki) {
        WikiSelection selection = pages(wiki.getHttpBaseUrl(), "last", "核安全峰會", "防擴散安全倡議");
        Memory memory = new Memory();
        memory.previous.put(selection.listingKey(), Instant.parse("2026-10-01T00:00:00Z"));
        WikiApi api = WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses());

        List<String> titles = new WikiListing(
                        api, selection, WikiStubs.settings(), memory, Instant.parse("2026-12-02T03:00:00Z"), f -> {})
                .titles();

        assertThat(titles).containsExactly("核安全峰會", "防擴散安全倡議");
        verify(0, getRequestedFor(urlPathEqualTo(API)).withQueryParam("list", equalTo("recentchanges")));
    }

    @Test
    void aResumedRunListsTheSameWindowItMarkedFirst(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("list", equalTo("recentchanges"))
                .willReturn(okJson(WikiStubs.fixture("recentchanges-2.json"))));
        WikiSelection selection = pages(wiki.getHttpBaseUrl(), "last", "防擴散安全倡議");
        Memory memory = new Memory();
        memory.previous.put(selection.listingKey(), Instant.parse("2026-12-01T03:00:00Z"));
        memory.marks.put(selection.listingKey(), Instant.parse("2026-12-02T01:00:00Z"));
        WikiApi api = WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings(), new WikiStubs.Pauses());

        new WikiListing(api, selection, WikiStubs.settings(), memory, Instant.parse("2026-12-02T05:00:00Z"), f -> {})
                .titles();

        verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("rcend", equalTo("2026-12-02T01:00:00Z")));
    }

    @Test
    void aWikiThatStaysDownEndsTheStreamWithOneError(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(aResponse().withStatus(503)));
        WikiApi api =
                WikiStubs.api(wiki.getHttpBaseUrl(), WikiStubs.settings("max-tries", "2"), new WikiStubs.Pauses());
        List<Document> documents = new ArrayList<>();

        try (DocumentStream stream = new WikiPageStream(
                api, pages(wiki.getHttpBaseUrl(), "", "核安全峰會"), WikiStubs.settings(), SourceMemory.NONE, errors::add)) {
            stream.forEachRemaining(documents::add);
        }

        assertThat(documents).isEmpty();
        assertThat(errors)
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("gave up after 2 tries (HTTP 503)"));
        verify(0, getRequestedFor(urlPathEqualTo(API)).withQueryParam("prop", equalTo("revisions")));
    }
}
