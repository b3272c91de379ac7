package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark tool, not a test: writes a multistream dump of {@link ArticleCorpus} pages (en, zh and ja
 * articles mixed 40/35/25) with its index, as Wikimedia publishes them, compressing the streams on
 * every processor. See docs/extract-inputs.md for the commands.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.citewatch.extract.MultistreamDumpWriter /tmp/dumps [uncompressed-MB=2100]
 * </pre>
 *
 * writes {@code /tmp/dumps/benchwiki-multistream.xml.bz2} and
 * {@code /tmp/dumps/benchwiki-multistream-index.txt.bz2}.
 */
public final class MultistreamDumpWriter {

    private static final int PAGES_PER_STREAM = 100;
    private static final long MB = 1024 * 1024;

    private MultistreamDumpWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 2100) * MB;
        Files.createDirectories(dir);
        Path dump = dir.resolve("benchwiki-multistream.xml.bz2");
        Path index = dir.resolve("benchwiki-multistream-index.txt.bz2");
        ArticleCorpus[] corpora = {
            new ArticleCorpus(11, ArticleCorpus.Language.EN),
            new ArticleCorpus(12, ArticleCorpus.Language.ZH),
            new ArticleCorpus(13, ArticleCorpus.Language.JA)
        };
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        StringBuilder indexText = new StringBuilder();
        long xmlBytes = 0;
        long id = 0;
        try (OutputStream out = Files.newOutputStream(dump)) {
            long offset = write(out, MultistreamDump.stream(MultistreamDump.HEADER), 0);
            xmlBytes += MultistreamDump.HEADER.length();
            Deque<Batch> pending = new ArrayDeque<>();
            while (xmlBytes < target || !pending.isEmpty()) {
                if (xmlBytes < target && pending.size() < 8) {
                    StringBuilder xml = new StringBuilder();
                    List<Long> ids = new ArrayList<>();
                    List<String> titles = new ArrayList<>();
                    for (int p = 0; p < PAGES_PER_STREAM; p++) {
                        id++;
                        ArticleCorpus corpus = corpora[id % 20 < 8 ? 0 : id % 20 < 15 ? 1 : 2];
                        String title = "Article " + id;
                        xml.append(MultistreamDump.page(id, title, corpus.page(corpus.pageSize())));
                        ids.add(id);
                        titles.add(title);
                    }
                    byte[] utf8 = xml.toString().getBytes(UTF_8);
                    xmlBytes += utf8.length;
                    String text = xml.toString();
                    pending.addLast(new Batch(pool.submit(() -> MultistreamDump.stream(text)), ids, titles));
                    continue;
                }
                Batch batch = pending.removeFirst();
                MultistreamDump.index(indexText, offset, batch.ids(), batch.titles());
                offset = write(out, batch.stream().get(), offset);
            }
            write(out, MultistreamDump.stream(MultistreamDump.FOOTER), offset);
        } finally {
            pool.shutdown();
        }
        Files.write(index, MultistreamDump.stream(indexText.toString()));
        System.out.printf(
                Locale.ROOT,
                "%s: %d pages, %.1f MB of XML, %.1f MB compressed%n",
                dump,
                id,
                xmlBytes / (double) MB,
                Files.size(dump) / (double) MB);
    }

    private record Batch(Future<byte[]> stream, List<Long> ids, List<String> titles) {}

    private static long write(OutputStream out, byte[] stream, long offset) throws IOException {
        out.write(stream);
        return offset + stream.length;
    }
}
