package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DumpReadingTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(
                    DumpReadingTest.class.getResource("/fixtures/dumps/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixtureText(String name) throws IOException {
        return Files.readString(fixture(name), UTF_8);
    }

    private static FileSystemDocumentReader reader(List<Integer> namespaces, boolean skipRedirects) {
        return new FileSystemDocumentReader(new InputProperties(namespaces, skipRedirects, DataSize.ofMegabytes(16)));
    }

    @Test
    void readsEachArticleAsADocumentNamedByItsTitle() {
        Path dump = fixture("pages.xml");

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.names()).containsExactly("Seoul", "Busan", "首尔");
        assertThat(read.documents()).allSatisfy(document -> {
            assertThat(document.source()).isEqualTo(dump.toString());
            assertThat(document.format()).isEqualTo(DocumentFormat.WIKITEXT);
            assertThat(document.firstLine()).isEqualTo(1);
        });
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void keepsTheRevisionIdOfEachPage() {
        ReadAll read = ReadAll.withDefaults(fixture("pages.xml"));

        assertThat(read.documents()).extracting(Document::revisionId).containsExactly(1001L, 2002L, 3001L);
    }

    @Test
    void decodesTheXmlEscapesOfThePageText() {
        Document seoul = ReadAll.withDefaults(fixture("pages.xml")).documents().get(0);

        assertThat(seoul.text())
                .startsWith("'''Seoul''' is the capital.<ref>{{cite web |url=https://example.org/seoul?a=1&b=2 ")
                .contains("\n== External links ==\n* [https://example.org/tour Tour]");
    }

    @Test
    void keepsOnlyTheNewestRevisionOfAFullHistoryDump() {
        Document busan = ReadAll.withDefaults(fixture("pages.xml")).documents().get(1);

        assertThat(busan.revisionId()).isEqualTo(2002L);
        assertThat(busan.text()).isEqualTo("Busan is a port. [http://example.com/busan Port]");
    }

    @Test
    void readsOnlyArticlesByDefault() {
        ReadAll read = ReadAll.withDefaults(fixture("pages.xml"));

        assertThat(read.names()).doesNotContain("Talk:Seoul", "Module:Citation");
        assertThat(read.documents()).extracting(Document::text).noneMatch(text -> text.contains("TALK-PAGE-TEXT"));
    }

    @Test
    void readsTheConfiguredNamespaces() {
        ReadAll read = ReadAll.of(reader(List.of(0, 1), true), fixture("pages.xml"));

        assertThat(read.names()).containsExactly("Seoul", "Talk:Seoul", "Busan", "首尔");
    }

    @Test
    void passesOverPagesWhoseContentIsNotWikitext() {
        ReadAll read = ReadAll.of(reader(List.of(0, 828), true), fixture("pages.xml"));

        assertThat(read.names()).as("a Scribunto module is Lua, not wikitext").doesNotContain("Module:Citation");
    }

    @Test
    void skipsRedirects() {
        assertThat(ReadAll.withDefaults(fixture("pages.xml")).names()).doesNotContain("Soul city");
    }

    @Test
    void readsRedirectsWhenAskedTo() {
        ReadAll read = ReadAll.of(reader(List.of(0), false), fixture("pages.xml"));

        assertThat(read.names()).containsExactly("Seoul", "Soul city", "Busan", "首尔");
    }

    @Test
    void readsABzip2MultistreamDump() throws IOException {
        // as Wikimedia writes them: the header in its own stream, then a stream per batch of pages
        String xml = fixtureText("pages.xml");
        int firstPage = xml.indexOf("  <page>");
        int fourthPage = nthIndexOf(xml, "  <page>", 4);
        Path dump = dir.resolve("enwiki-multistream.xml.bz2");
        try (OutputStream out = Files.newOutputStream(dump)) {
            out.write(bzip2(xml.substring(0, firstPage)));
            out.write(bzip2(xml.substring(firstPage, fourthPage)));
            out.write(bzip2(xml.substring(fourthPage)));
        }

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.names()).containsExactly("Seoul", "Busan", "首尔");
        assertThat(read.documents().get(0).source()).isEqualTo(dump.toString());
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsAGzipDump() throws IOException {
        Path dump = dir.resolve("pages.xml.gz");
        Files.write(dump, gzip(fixtureText("pages.xml")));

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.names()).containsExactly("Seoul", "Busan", "首尔");
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void reportsAMalformedDumpWithFilePageAndLineKeepingThePagesBeforeIt() {
        Path dump = fixture("malformed.xml");

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.names()).containsExactly("Good page");
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(dump + " > Broken page");
            assertThat(error.line()).as("the line of the unescaped <").isEqualTo(22);
            assertThat(error.message()).startsWith("malformed XML");
        });
    }

    @Test
    void goesOnWithTheNextInputAfterAMalformedDump() throws IOException {
        Path after = dir.resolve("after.wiki");
        Files.writeString(after, "text");

        ReadAll read = ReadAll.withDefaults(fixture("malformed.xml"), after);

        assertThat(read.names()).containsExactly("Good page", after.toString());
    }

    @Test
    void reportsATruncatedCompressedDumpKeepingThePagesBeforeIt() throws IOException {
        byte[] whole = gzip(fixtureText("pages.xml"));
        Path dump = dir.resolve("cut.xml.gz");
        Files.write(dump, Arrays.copyOf(whole, whole.length * 3 / 4));

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.names()).startsWith("Seoul").doesNotContain("首尔");
        assertThat(read.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.document()).startsWith(dump.toString()));
    }

    @Test
    void reportsAnXmlFileThatIsNotAMediaWikiExport() throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!-- news -->\n<rss><channel/></rss>");

        ReadAll read = ReadAll.withDefaults(feed);

        assertThat(read.documents()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(feed.toString());
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("not a MediaWiki export (root element <rss>)");
        });
    }

    @Test
    void reportsACompressedDumpThatIsNotCompressed() throws IOException {
        Path dump = dir.resolve("fake.xml.bz2");
        Files.writeString(dump, fixtureText("pages.xml"));

        ReadAll read = ReadAll.withDefaults(dump);

        assertThat(read.documents()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(dump.toString());
            assertThat(error.message()).startsWith("cannot read");
        });
    }

    @Test
    void reportsAPageLargerThanTheLimitAndReadsTheNextPage() {
        var reader = new FileSystemDocumentReader(new InputProperties(List.of(0), true, DataSize.ofBytes(60)));
        Path dump = fixture("pages.xml");

        ReadAll read = ReadAll.of(reader, dump);

        assertThat(read.names()).as("Busan's text is 48 characters").containsExactly("Busan");
        assertThat(read.errors())
                .extracting(DocumentError::document)
                .containsExactly(dump + " > Seoul", dump + " > 首尔");
        assertThat(read.errors())
                .allSatisfy(error -> assertThat(error.message()).contains("max-document-size"));
    }

    /** A one-page dump whose text refers to {@code entity}, declared (or not) by {@code doctype}. */
    private Path trapDump(String doctype, String entity) throws IOException {
        Path dump = dir.resolve("trap.xml");
        Files.writeString(dump, """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
                  <page>
                    <title>Trap</title>
                    <ns>0</ns>
                    <revision>
                      <id>1</id>
                      <text xml:space="preserve">before &%s; after</text>
                    </revision>
                  </page>
                </mediawiki>
                """.formatted(doctype, entity));
        return dump;
    }

    @Test
    void neverResolvesAnExternalEntityDeclaredInTheDump() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        Path dump = trapDump("<!DOCTYPE mediawiki [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>", "xxe");

        ReadAll read = ReadAll.withDefaults(dump);

        assertNoSecret(read, "TOP-SECRET-4711");
        assertThat(read.errors())
                .as("an entity that is not expanded is an undeclared entity: an error")
                .singleElement()
                .satisfies(error -> assertThat(error.document()).isEqualTo(dump + " > Trap"));
    }

    @Test
    void neverLoadsAnExternalDtd() throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY secret \"TOP-SECRET-0815\">");
        Path dump = trapDump("<!DOCTYPE mediawiki SYSTEM \"" + dtd.toUri() + "\">", "secret");

        ReadAll read = ReadAll.withDefaults(dump);

        assertNoSecret(read, "TOP-SECRET-0815");
        assertThat(read.errors())
                .as("the entity the DTD would declare is undeclared")
                .hasSize(1);
    }

    @Test
    void neverLoadsAnExternalParameterEntity() throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY secret \"TOP-SECRET-2342\">");
        Path dump = trapDump(
                "<!DOCTYPE mediawiki [ <!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote; ]>", "secret");

        ReadAll read = ReadAll.withDefaults(dump);

        assertNoSecret(read, "TOP-SECRET-2342");
        assertThat(read.errors()).hasSize(1);
    }

    @Test
    void ignoresADoctypePointingAtASystemFile() {
        ReadAll read = ReadAll.withDefaults(fixture("doctype-system.xml"));

        assertThat(read.names()).containsExactly("Harmless");
        assertThat(read.documents().get(0).text()).isEqualTo("Plain text https://example.org/harmless");
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsMoreEscapedCharactersThanTheJdkEntityLimitAllows() throws IOException {
        // real dumps hold more than the JDK's 50 million &amp;/&lt; per document; the limit is lowered
        // here (the factory reads it when created) so that a small dump shows it is lifted
        String limit = "jdk.xml.totalEntitySizeLimit";
        String before = System.getProperty(limit);
        Path dump = dir.resolve("escaped.xml");
        Files.writeString(
                dump,
                "<mediawiki><page><title>Escapes</title><ns>0</ns><revision><id>1</id><text>"
                        + "&lt;ref&gt;".repeat(1000)
                        + "</text></revision></page></mediawiki>");
        ReadAll read;
        try {
            System.setProperty(limit, "100");
            read = ReadAll.withDefaults(dump);
        } finally {
            if (before == null) {
                System.clearProperty(limit);
            } else {
                System.setProperty(limit, before);
            }
        }

        assertThat(read.errors()).isEmpty();
        assertThat(read.documents())
                .singleElement()
                .satisfies(page -> assertThat(page.text()).hasSize(5000));
    }

    private static void assertNoSecret(ReadAll read, String secret) {
        assertThat(read.documents()).extracting(Document::text).noneMatch(text -> text.contains(secret));
        assertThat(read.errors()).extracting(DocumentError::message).noneMatch(message -> message.contains(secret));
    }

    private static int nthIndexOf(String text, String part, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = text.indexOf(part, index + 1);
        }
        return index;
    }

    private static byte[] bzip2(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }
}
