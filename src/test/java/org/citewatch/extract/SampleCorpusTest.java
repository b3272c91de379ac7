package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped samples/ corpus (what {@code citewatch audit} runs on by default) shows every construct. */
class SampleCorpusTest {

    private final WikitextCitationExtractor extractor = new WikitextCitationExtractor(ExtractProperties.defaults());

    @Test
    void readsTheChineseSampleWithoutWarningsAndFindsItsDeadLinks() throws IOException {
        Extraction extraction = extract("samples/iaea-zh.wiki");

        assertThat(extraction.warnings()).isEmpty();
        assertThat(extraction.citations()).hasSize(11);
        assertThat(extraction.citations())
                .filteredOn(Citation::markedDead)
                .extracting(Citation::url)
                .containsExactly(
                        "http://news.xinhuanet.com/world/2005-10/08/content_3591745.htm",
                        "http://nobelprize.org/nobel_prizes/peace/laureates/2005/",
                        "http://www.mofa.go.kr/ENG/policy/disarmament/iaea/index.jsp?menu=m_20_70_40");
        assertThat(extraction.citations())
                .extracting(Citation::template)
                .contains("infobox", "bare", "bracketed", "cite web", "cite news", "Official website");
        assertThat(urls(extraction)).noneMatch(url -> url.contains("example.org"));
    }

    @Test
    void readsTheEnglishSampleWithoutWarningsAndSkipsTheFtpLink() throws IOException {
        Extraction extraction = extract("samples/wayback-machine-en.wiki");

        assertThat(extraction.warnings()).isEmpty();
        assertThat(extraction.citations()).hasSize(12);
        assertThat(extraction.citations())
                .filteredOn(c -> !c.checkable())
                .extracting(Citation::url)
                .containsExactly("ftp://ftp.archive.org/pub/");
        assertThat(extraction.citations())
                .filteredOn(c -> c.archiveUrl() != null)
                .hasSize(3);
        assertThat(urls(extraction))
                .as("nowiki and comments hold no citations")
                .doesNotContain(
                        "https://web.archive.org/web/*/example.com", "http://web.archive.org/collections/web.html");
    }

    private static List<String> urls(Extraction extraction) {
        return extraction.citations().stream().map(Citation::url).toList();
    }

    private Extraction extract(String file) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        return extractor.extract(new Document(file, file, null, DocumentFormat.WIKITEXT, text, 1, null, null));
    }
}
