package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Issue 12, item 5: Wikimedia's multistream dumps, decompressed stream by stream in parallel. */
class MultistreamDumpTest {

    private static final int STREAMS = 12;
    private static final int PAGES_PER_STREAM = 3;

    @TempDir
    Path dir;

    /** Stream start offsets of the dump last written, header stream first, footer stream last. */
    private final List<Long> offsets = new ArrayList<>();

    private final List<byte[]> streams = new ArrayList<>();

    private static String title(int stream, int page) {
        return "Page " + stream + "." + page + (page == 0 ? " & <co>" : "");
    }

    /** {@link #STREAMS} streams of pages, each page citing a URL named after it. */
    private Path writeDump(String name) throws IOException {
        StringBuilder index = new StringBuilder();
        streams.add(MultistreamDump.stream(MultistreamDump.HEADER));
        for (int s = 0; s < STREAMS; s++) {
            StringBuilder xml = new StringBuilder();
            List<Long> ids = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int p = 0; p < PAGES_PER_STREAM; p++) {
                long id = s * 100L + p + 1;
                xml.append(MultistreamDump.page(id, title(s, p), "See [https://example.org/" + id + " source]."));
                ids.add(id);
                titles.add(title(s, p));
            }
            streams.add(MultistreamDump.stream(xml.toString()));
            index.append(""); // offsets known once the streams before are written
            titlesOf.add(titles);
            idsOf.add(ids);
        }
        streams.add(MultistreamDump.stream(MultistreamDump.FOOTER));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] stream : streams) {
            offsets.add((long) file.size());
            file.write(stream);
        }
        for (int s = 0; s < STREAMS; s++) {
            MultistreamDump.index(index, offsets.get(s + 1), idsOf.get(s), titlesOf.get(s));
        }
        indexText = index.toString();
        Path dump = dir.resolve(name);
        Files.write(dump, file.toByteArray());
        return dump;
    }

    private final List<List<String>> titlesOf = new ArrayList<>();
    private final List<List<Long>> idsOf = new ArrayList<>();
    private String indexText;

    private Path writeIndex(String name) throws IOException {
        Path index = dir.resolve(name);
        Files.write(index, MultistreamDump.stream(indexText));
        return index;
    }

    private static List<String> allTitles() {
        return IntStream.range(0, STREAMS)
                .boxed()
                .flatMap(s -> IntStream.range(0, PAGES_PER_STREAM).mapToObj(p -> title(s, p)))
                .toList();
    }

    private static ReadAll read(Path dump, int threads) {
        return ReadAll.of(
                new FileSystemDocumentReader(new InputProperties(List.of(0), true, DataSize.ofMegabytes(16), threads)),
                dump);
    }

    @Test
    void readsEveryPageOfAMultistreamDumpInOrderWithoutAnIndex() throws IOException {
        Path dump = writeDump("enwiki-20240501-pages-articles-multistream.xml.bz2");

        ReadAll read = read(dump, 2);

        assertThat(read.names()).containsExactlyElementsOf(allTitles());
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsEveryPageOfAMultistreamDumpInOrderWithItsIndex() throws IOException {
        Path dump = writeDump("enwiki-20240501-pages-articles-multistream.xml.bz2");
        writeIndex("enwiki-20240501-pages-articles-multistream-index.txt.bz2");

        ReadAll read = read(dump, 2);

        assertThat(read.names()).containsExactlyElementsOf(allTitles());
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void decompressesStreamsSideBySideIntoTheBytesOfTheWholeFileInOrder() throws IOException {
        Path dump = writeDump("x.xml.bz2");
        String expected = MultistreamDump.HEADER + pagesXml() + MultistreamDump.FOOTER;

        // jobs of one stream each, on three threads: many jobs ahead of the reader at once
        for (Optional<Path> index : List.of(Optional.<Path>empty(), Optional.of(writeIndex("x-index.txt.bz2")))) {
            List<DocumentError> errors = new ArrayList<>();
            try (InputStream in = new ParallelBzip2Input(dump, index, 3, 1, errors::add)) {
                assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo(expected);
            }
            assertThat(errors).isEmpty();
        }
    }

    private String pagesXml() {
        StringBuilder xml = new StringBuilder();
        for (int s = 0; s < STREAMS; s++) {
            for (int p = 0; p < PAGES_PER_STREAM; p++) {
                long id = s * 100L + p + 1;
                xml.append(MultistreamDump.page(id, title(s, p), "See [https://example.org/" + id + " source]."));
            }
        }
        return xml.toString();
    }

    @Test
    void reportsATruncatedStreamWithTheFileAndPageAndReadsTheStreamsAfterIt() throws IOException {
        writeDump("unused.xml.bz2");
        // stream 5 of pages loses its second half, as a damaged copy would
        int damaged = 5;
        Path dump = dir.resolve("damaged-multistream.xml.bz2");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < streams.size(); i++) {
            byte[] stream = streams.get(i);
            file.write(i == damaged + 1 ? Arrays.copyOf(stream, stream.length / 2) : stream);
        }
        Files.write(dump, file.toByteArray());

        ReadAll read = read(dump, 2);

        List<String> expected = new ArrayList<>(allTitles());
        expected.removeAll(titlesOf.get(damaged));
        assertThat(read.names()).as("every page of the other streams, in order").containsExactlyElementsOf(expected);
        assertThat(read.errors()).singleElement().satisfies(error -> {
            // nothing of a cut bzip2 block can be decoded: the page named is the last one read before it
            assertThat(error.document())
                    .as("the file and the page after which the stream broke")
                    .isEqualTo(dump + " > " + title(damaged - 1, PAGES_PER_STREAM - 1));
            assertThat(error.message())
                    .startsWith("damaged bzip2 stream at byte " + offsets.get(damaged + 1))
                    .endsWith("after this page; the pages of that stream are skipped");
        });
    }

    @Test
    void namesTheFirstPageOfAStreamWhoseHeaderIsDamagedFromTheIndex() throws IOException {
        writeDump("unused.xml.bz2");
        int damaged = 2;
        Path dump = dir.resolve("enwiki-multistream.xml.bz2");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < streams.size(); i++) {
            byte[] stream = streams.get(i).clone();
            if (i == damaged + 1) {
                Arrays.fill(stream, 10, stream.length, (byte) 0x55); // only the stream header survives
            }
            file.write(stream);
        }
        Files.write(dump, file.toByteArray());
        writeIndex("enwiki-multistream-index.txt.bz2");

        ReadAll read = read(dump, 2);

        assertThat(read.names()).hasSize((STREAMS - 1) * PAGES_PER_STREAM).doesNotContain(title(damaged, 1));
        assertThat(read.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.document()).isEqualTo(dump + " > " + title(damaged, 0)));
    }

    @Test
    void findsTheStreamsByTheirHeadersWhenTheIndexDoesNotMatchTheDump() throws IOException {
        Path dump = writeDump("enwiki-multistream.xml.bz2");
        indexText = indexText.replace(offsets.get(3) + ":", (offsets.get(3) + 7) + ":");
        writeIndex("enwiki-multistream-index.txt.bz2");

        ReadAll read = read(dump, 2);

        assertThat(read.names()).containsExactlyElementsOf(allTitles());
        assertThat(read.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("index does not match"));
    }

    @Test
    void readsASingleStreamDumpAsBefore() throws IOException {
        writeDump("unused.xml.bz2");
        Path dump = dir.resolve("single.xml.bz2");
        Files.write(dump, MultistreamDump.stream(MultistreamDump.HEADER + pagesXml() + MultistreamDump.FOOTER));

        ReadAll read = read(dump, 1);

        assertThat(read.names()).containsExactlyElementsOf(allTitles());
        assertThat(read.errors()).isEmpty();
    }
}
