package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 4: every document carries its wiki's language, so fixes can write dates its way. */
class DocumentLanguageTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DocumentLanguageTest.class
                .getResource("/fixtures/dumps/" + name)
                .toURI());
    }

    @Test
    void dumpPagesTakeTheLanguageTheirSiteinfoNames() throws Exception {
        ReadAll zh = ReadAll.withDefaults(fixture("zhwiki-pages.xml"));
        ReadAll en = ReadAll.withDefaults(fixture("pages.xml"));

        assertThat(zh.documents())
                .singleElement()
                .extracting(Document::language)
                .isEqualTo("zh");
        assertThat(en.documents())
                .isNotEmpty()
                .allSatisfy(page -> assertThat(page.language()).isEqualTo("en"));
    }

    @Test
    void theSiteinfoWinsOverTheConfiguredLanguage() throws Exception {
        ReadAll read =
                ReadAll.of(new FileSystemDocumentReader(InputProperties.defaults(), "de"), fixture("zhwiki-pages.xml"));

        assertThat(read.documents())
                .singleElement()
                .extracting(Document::language)
                .isEqualTo("zh");
    }

    @Test
    void aDumpThatNamesNoLanguageTakesTheConfiguredOne() throws IOException {
        Path dump = dir.resolve("bare.xml");
        Files.writeString(dump, """
                <mediawiki><page><title>A</title><ns>0</ns><revision><id>1</id>
                <text>[http://a.example/ a]</text></revision></page></mediawiki>""", UTF_8);

        ReadAll configured = ReadAll.of(new FileSystemDocumentReader(InputProperties.defaults(), "ja"), dump);
        ReadAll unknown = ReadAll.withDefaults(dump);

        assertThat(configured.documents())
                .singleElement()
                .extracting(Document::language)
                .isEqualTo("ja");
        assertThat(unknown.documents())
                .singleElement()
                .extracting(Document::language)
                .isNull();
    }

    @Test
    void filesTakeTheConfiguredLanguage() throws IOException {
        Path page = Files.writeString(dir.resolve("page.wiki"), "[http://a.example/ a]", UTF_8);

        ReadAll read = ReadAll.of(new FileSystemDocumentReader(InputProperties.defaults(), "zh"), page);

        assertThat(read.documents())
                .singleElement()
                .extracting(Document::language)
                .isEqualTo("zh");
    }
}
