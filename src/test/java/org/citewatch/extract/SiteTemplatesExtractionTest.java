package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: a wiki's own names of the dead-link and archive templates apply to its pages only. */
class SiteTemplatesExtractionTest {

    private static final String TEXT = "<ref>{{cite web |url=http://a.example/1 |title=T}}{{連結失效|date=2020年5月}}</ref>\n"
            + "* [http://b.example/2 B] {{网页存档|url=https://web.archive.org/web/2019/http://b.example/2 |date=2019-01-01}}";

    private final CitationExtractor extractor = new SiteAwareWikitextExtractor(ExtractProperties.defaults());

    private static Document page(WikiSite site) {
        WikiPage page = new WikiPage(
                "https://zh.wikipedia.org/w/api.php", "頁", 1, 2, Instant.parse("2026-12-01T00:00:00Z"), false, site);
        return new Document("https://zh.wikipedia.org/wiki/頁", "api", 2L, DocumentFormat.WIKITEXT, TEXT, 1, null, page);
    }

    @Test
    void theWikisRedirectsToTheDeadLinkAndArchiveTemplatesAreKnownOnItsPages() {
        WikiSite zhwiki = new WikiSite("zh", List.of("Dead link", "連結失效"), List.of("Webarchive", "网页存档"));

        List<Citation> citations = extractor.extract(page(zhwiki)).citations();

        assertThat(citations).hasSize(2);
        assertThat(citations.get(0).deadLinkTag())
                .as("{{連結失效}} tags the citation dead")
                .isNotNull();
        assertThat(citations.get(1).archiveUrl())
                .as("{{网页存档}} gives the link its archive copy")
                .isNotNull();
    }

    @Test
    void withoutTheWikisNamesTheConfiguredOnesAloneApply() {
        List<Citation> citations = extractor.extract(page(WikiSite.UNKNOWN)).citations();

        assertThat(citations.get(0).deadLinkTag()).isNull();
        assertThat(citations.get(1).archiveUrl()).isNull();
    }
}
