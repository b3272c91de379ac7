package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13: one page per document, named safely for every file system and uniquely. */
class DocumentPagesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // the last path segment, punctuation folded into single dashes
                "articles/Seoul.wiki;                         Seoul-wiki",
                "C:\\wiki\\Nuclear Security Summit.txt;       Nuclear-Security-Summit-txt",
                // CJK and other scripts stay readable
                "https://zh.wikipedia.org/wiki/核安全峰會;      核安全峰會",
                "articles/首尔特别市 (「ソウル」).wiki;           首尔特别市-ソウル-wiki",
                "pages/Ελλάδα.wiki;                           Ελλάδα-wiki",
                // nothing a file system or a shell could read as syntax
                "articles/<img src=x onerror=alert(1)>.wiki;  img-src-x-onerror-alert-1-wiki",
                "../../etc/passwd;                            passwd",
                "CON;                                         CON",
                "lists/.hidden. ;                             hidden",
                "a/:*?\"<>|;                                  document",
                // combining marks are kept with their letters
                "pages/हिन्दी.wiki;                             हिन्दी-wiki"
            })
    void slugsKeepLettersAndDigitsOfTheLastSegment(String document, String slug) {
        assertThat(DocumentPages.slug(document)).isEqualTo(slug);
    }

    @Test
    void cutsLongNamesAndKeepsThemUnderTheFileSystemLimits() {
        String document = "articles/" + "長".repeat(300) + ".wiki";

        String name = DocumentPages.of(List.of(document)).fileName(document);

        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(DocumentPages.MAX_SLUG + 16);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
    }

    @Test
    void namesAreUniqueEvenIgnoringCaseAndWhenSlugsClash() {
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            documents.add("articles/Page.wiki?" + i);
            documents.add("articles/PAGE.wiki?" + i);
        }
        documents.add("a/Seoul.wiki");
        documents.add("b/Seoul.wiki");
        documents.add("a/seoul.wiki");

        DocumentPages pages = DocumentPages.of(documents);

        Set<String> names = new HashSet<>();
        documents.forEach(
                document -> assertThat(names.add(pages.fileName(document).toLowerCase(Locale.ROOT)))
                        .as(document)
                        .isTrue());
        assertThat(pages.fileName("a/Seoul.wiki")).matches("Seoul-wiki-[0-9a-f]{10}\\.html");
    }

    @Test
    void sameDocumentGetsTheSameNameInEveryRun() {
        String document = "https://zh.wikipedia.org/wiki/核安全峰會";

        assertThat(DocumentPages.of(List.of(document)).fileName(document))
                .isEqualTo(DocumentPages.of(List.of("other", document)).fileName(document));
    }

    @Test
    void linksFromTheIndexArePercentEncodedAndOpenTheFile(@TempDir Path dir) throws Exception {
        String document = "https://zh.wikipedia.org/wiki/核安全峰會";
        DocumentPages pages = DocumentPages.of(List.of(document));
        Path file = Files.createDirectories(dir.resolve(DocumentPages.FOLDER)).resolve(pages.fileName(document));
        Files.writeString(file, "x");

        String href = pages.hrefFromIndex(document);

        assertThat(href).startsWith("report/%E6%A0%B8").doesNotContain("核");
        assertThat(Path.of(dir.toUri().resolve(href))).exists();
    }
}
