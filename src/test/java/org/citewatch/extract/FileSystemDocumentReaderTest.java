package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileSystemDocumentReaderTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, UTF_8);
        return file;
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    @Test
    void walksFoldersDepthFirstInNameOrder() throws IOException {
        write("b.wiki", "b");
        write("a/z.wiki", "az");
        write("a/c/d.wiki", "acd");
        write("a/b.wiki", "ab");
        write("0.wiki", "0");

        ReadAll read = ReadAll.withDefaults(dir);

        assertThat(read.names())
                .as("entries of each folder in name order, a folder's content where the folder sorts")
                .containsExactly(
                        dir.resolve("0.wiki").toString(),
                        dir.resolve("a/b.wiki").toString(),
                        dir.resolve("a/c/d.wiki").toString(),
                        dir.resolve("a/z.wiki").toString(),
                        dir.resolve("b.wiki").toString());
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsInputsInTheOrderGiven() throws IOException {
        Path second = write("z.wiki", "z");
        Path first = write("a.wiki", "a");

        assertThat(ReadAll.withDefaults(second, first).names()).containsExactly(second.toString(), first.toString());
    }

    @Test
    void givesEachFileTheFormatOfItsExtension() throws IOException {
        write("in/a.wiki", "x");
        write("in/b.wikitext", "x");
        write("in/c.mediawiki", "x");
        write("in/d.txt", "x");
        write("in/e.html", "x");
        write("in/f.htm", "x");
        write("in/g.WIKI", "x");

        ReadAll read = ReadAll.withDefaults(dir.resolve("in"));

        assertThat(read.documents())
                .extracting(Document::format)
                .containsExactly(
                        DocumentFormat.WIKITEXT,
                        DocumentFormat.WIKITEXT,
                        DocumentFormat.WIKITEXT,
                        DocumentFormat.URL_LIST,
                        DocumentFormat.HTML,
                        DocumentFormat.HTML,
                        DocumentFormat.WIKITEXT);
    }

    @Test
    void ignoresFilesOfOtherTypesInsideFolders() throws IOException {
        write("in/notes.md", "# notes");
        write("in/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Path page = write("in/page.wiki", "text");

        ReadAll read = ReadAll.withDefaults(dir.resolve("in"));

        assertThat(read.names()).containsExactly(page.toString());
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void reportsAFileOfAnotherTypeGivenByName() throws IOException {
        Path notes = write("notes.md", "# notes");

        ReadAll read = ReadAll.withDefaults(notes);

        assertThat(read.documents()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(notes.toString());
            assertThat(error.message()).contains("unsupported file type");
        });
    }

    @Test
    void reportsAMissingInputAndReadsTheOthers() throws IOException {
        Path missing = dir.resolve("missing.wiki");
        Path page = write("page.wiki", "text");

        ReadAll read = ReadAll.withDefaults(missing, page);

        assertThat(read.names()).containsExactly(page.toString());
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(missing.toString());
            assertThat(error.line()).isZero();
            assertThat(error.message()).contains("no such file");
        });
    }

    @Test
    void keepsTheTextAndNamesTheDocumentByItsPath() throws IOException {
        Path page = write("page.wiki", "line one\n{{cite web|url=http://example.org/}}\n");

        Document document = ReadAll.withDefaults(page).documents().get(0);

        assertThat(document.name()).isEqualTo(page.toString());
        assertThat(document.source()).isEqualTo(page.toString());
        assertThat(document.text()).isEqualTo("line one\n{{cite web|url=http://example.org/}}\n");
        assertThat(document.revisionId()).isNull();
        assertThat(document.firstLine()).isEqualTo(1);
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        Path page = write("bom.wiki", "\uFEFFtext");

        assertThat(ReadAll.withDefaults(page).documents().get(0).text()).isEqualTo("text");
    }

    @Test
    void reportsABinaryFileWithNulBytesAndReadsTheOthers() throws IOException {
        write("in/a.wiki", "first");
        Path binary = write("in/b.wiki", new byte[] {'a', '\n', 'b', 0, 'c'});
        write("in/c.wiki", "last");

        ReadAll read = ReadAll.withDefaults(dir.resolve("in"));

        assertThat(read.documents()).extracting(Document::text).containsExactly("first", "last");
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(binary.toString());
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).contains("binary");
        });
    }

    @Test
    void reportsAFileThatIsNotUtf8WithTheLineOfTheBadByte() throws IOException {
        // "café" in Latin-1 on line 3
        Path latin1 = write("latin1.wiki", new byte[] {'a', '\n', 'b', '\n', 'c', 'a', 'f', (byte) 0xE9});

        ReadAll read = ReadAll.withDefaults(latin1);

        assertThat(read.documents()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("not UTF-8");
        });
    }

    @Test
    void reportsAnUnreadableFileAndReadsTheOthers() throws IOException {
        write("in/a.wiki", "first");
        // a link to nothing cannot be read, whoever runs the test (root reads any mode)
        Path broken = Files.createSymbolicLink(dir.resolve("in/b.wiki"), dir.resolve("gone.wiki"));
        write("in/c.wiki", "last");

        ReadAll read = ReadAll.withDefaults(dir.resolve("in"));

        assertThat(read.documents()).extracting(Document::text).containsExactly("first", "last");
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(broken.toString());
            assertThat(error.message()).startsWith("cannot read");
        });
    }

    @Test
    void reportsAFileWithoutReadPermission() throws IOException {
        Path locked = write("locked.wiki", "text");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "root reads any file: shown by the broken-link test instead");

        ReadAll read = ReadAll.withDefaults(locked);

        assertThat(read.documents()).isEmpty();
        assertThat(read.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("cannot read: permission denied"));
    }

    @Test
    void reportsAFileLargerThanTheLimit() throws IOException {
        Path big = write("big.wiki", "x".repeat(2048));
        Path small = write("small.wiki", "x".repeat(1024));
        var reader = new FileSystemDocumentReader(new InputProperties(List.of(0), true, DataSize.ofBytes(1024)));

        ReadAll read = ReadAll.of(reader, big, small);

        assertThat(read.names()).containsExactly(small.toString());
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.document()).isEqualTo(big.toString());
            assertThat(error.message()).contains("max-document-size");
        });
    }

    @Test
    void doesNotFollowALinkToAFolderInsideAFolder() throws IOException {
        Path page = write("in/page.wiki", "text");
        // a link back up would otherwise walk forever
        Files.createSymbolicLink(dir.resolve("in/loop"), dir.resolve("in"));

        ReadAll read = ReadAll.withDefaults(dir.resolve("in"));

        assertThat(read.names()).containsExactly(page.toString());
    }

    @Test
    void readsNothingBeforeTheFirstDocumentIsAskedFor() throws IOException {
        Path binary = write("b.wiki", new byte[] {0});
        List<DocumentError> errors = new java.util.ArrayList<>();

        try (DocumentStream stream =
                new FileSystemDocumentReader(InputProperties.defaults()).open(List.of(binary), errors::add)) {
            assertThat(errors).as("opening reads nothing").isEmpty();
            assertThat(stream.hasNext()).isFalse();
            assertThat(errors).hasSize(1);
        }
    }
}
