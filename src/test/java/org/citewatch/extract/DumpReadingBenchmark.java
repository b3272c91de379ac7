package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Benchmark, not a test: reads a generated MediaWiki XML dump (written once to target/bench/) with
 * {@link FileSystemDocumentReader} and prints throughput and peak heap. Run with the heap capped to
 * show that memory stays constant whatever the dump's size:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx128m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.citewatch.extract.DumpReadingBenchmark [size-in-MB, default 300] [--bz2]
 * </pre>
 *
 * <p>It measures reading and parsing alone (twice, the first run warming the JIT), then reading plus
 * the full citation extraction; {@code --bz2} also reads a bzip2-compressed copy (compressing it
 * once takes minutes).
 */
public final class DumpReadingBenchmark {

    private static final long MB = 1024 * 1024;

    private DumpReadingBenchmark() {}

    public static void main(String[] args) throws Exception {
        long sizeMb = 300;
        boolean bz2 = false;
        CitationExtractor extractor =
                new DefaultCitationExtractor(new WikitextCitationExtractor(ExtractProperties.defaults()));
        for (int i = 0; i < args.length; i++) {
            if ("--bz2".equals(args[i])) {
                bz2 = true;
            } else {
                sizeMb = Long.parseLong(args[i]);
            }
        }
        Path dump = Path.of("target", "bench", "bench-" + sizeMb + "mb.xml");
        if (!Files.exists(dump)) {
            generate(dump, sizeMb * MB);
        }
        System.out.printf(
                Locale.ROOT,
                "dump %s: %.1f MB; max heap %d MB; %s%n",
                dump,
                Files.size(dump) / (double) MB,
                Runtime.getRuntime().maxMemory() / MB,
                Runtime.version());
        for (int run = 1; run <= 2; run++) {
            measure("plain xml, run " + run, dump, Files.size(dump), null);
        }
        measure("plain xml + extraction", dump, Files.size(dump), extractor);
        if (bz2) {
            Path compressed = Path.of(dump + ".bz2");
            if (!Files.exists(compressed)) {
                compress(dump, compressed);
            }
            measure("xml.bz2 (MB/s of uncompressed XML)", compressed, Files.size(dump), null);
        }
    }

    private static void measure(String label, Path dump, long xmlBytes, CitationExtractor extractor) {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long pages = 0;
        long chars = 0;
        long citations = 0;
        long errors = 0;
        // CPU time of this thread too: on a shared machine wall time says more about the neighbours
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        var reader = new FileSystemDocumentReader(InputProperties.defaults());
        long[] errorCount = {0};
        try (DocumentStream stream = reader.open(List.of(dump), error -> errorCount[0]++)) {
            while (stream.hasNext()) {
                Document page = stream.next();
                pages++;
                chars += page.text().length();
                if (extractor != null) {
                    citations += extractor.extract(page).citations().size();
                }
            }
        }
        errors = errorCount[0];
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%-36s %6.1f MB/s (%6.1f MB/CPU-s)  %6.2f s  %,d pages  %,d chars  %,d citations  %d errors"
                        + "  peak heap <= %d MB%n",
                label,
                xmlBytes / (double) MB / seconds,
                xmlBytes / (double) MB / cpuSeconds,
                seconds,
                pages,
                chars,
                citations,
                errors,
                peak / MB);
    }

    /** A dump shaped like Wikipedia's: articles with citations, talk pages, redirects, CJK text. */
    private static void generate(Path dump, long targetBytes) throws IOException {
        Files.createDirectories(dump.getParent());
        Random random = new Random(42);
        Path partial = Path.of(dump + ".part");
        long written = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), UTF_8), 1 << 16)) {
            out.write("""
                    <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
                      <siteinfo>
                        <sitename>Benchpedia</sitename>
                        <namespaces><namespace key="0" case="first-letter" /></namespaces>
                      </siteinfo>
                    """);
            for (int id = 1; written < targetBytes; id++) {
                String page = page(id, random);
                out.write(page);
                // close enough: mostly ASCII, so chars ~ bytes
                written += page.length();
            }
            out.write("</mediawiki>\n");
        }
        Files.move(partial, dump);
    }

    private static String page(int id, Random random) {
        int kind = id % 10;
        int namespace = kind == 7 ? 1 : 0;
        boolean redirect = kind == 9;
        StringBuilder text = new StringBuilder();
        if (redirect) {
            text.append("#REDIRECT [[Article ").append(id - 1).append("]]");
        } else {
            int paragraphs = 5 + random.nextInt(60);
            for (int p = 0; p < paragraphs; p++) {
                paragraph(text, id, p, random);
            }
        }
        return """
                  <page>
                    <title>%s %d</title>
                    <ns>%d</ns>
                    <id>%d</id>
                %s    <revision>
                      <id>%d</id>
                      <timestamp>2024-05-01T10:00:00Z</timestamp>
                      <contributor><username>Bench</username><id>1</id></contributor>
                      <model>wikitext</model>
                      <format>text/x-wiki</format>
                      <text bytes="%d" xml:space="preserve">%s</text>
                    </revision>
                  </page>
                """.formatted(
                        namespace == 1 ? "Talk:Article" : "Article",
                        id,
                        namespace,
                        id,
                        redirect ? "    <redirect title=\"Article " + (id - 1) + "\" />\n" : "",
                        id * 10L,
                        text.length(),
                        text);
    }

    /** One paragraph of escaped wikitext, as it stands inside a dump's text element. */
    private static void paragraph(StringBuilder text, int id, int p, Random random) {
        text.append("'''Article ")
                .append(id)
                .append("''' is a [[city]] in the [[Republic of Korea|Korea]], 首尔是韩国首都。 ")
                .append("Its population grew steadily during the 20th century and it is now a major hub.");
        switch (random.nextInt(4)) {
            case 0 ->
                text.append("&lt;ref name=&quot;r")
                        .append(p)
                        .append("&quot;&gt;{{cite web |url=https://example.org/")
                        .append(id)
                        .append('/')
                        .append(p)
                        .append("?a=1&amp;b=2 |title=Report ")
                        .append(p)
                        .append(" |access-date=30 May 2009 |archive-url=https://web.archive.org/web/20090530000000/")
                        .append("https://example.org/ |archive-date=2009-05-30 |url-status=dead}}&lt;/ref&gt;");
            case 1 ->
                text.append("&lt;ref&gt;{{cite news |url=http://news.example.com/")
                        .append(id)
                        .append(
                                " |title=新闻 |date=2009年3月27日 |deadurl=yes}}{{dead link|date=June 2018|bot=InternetArchiveBot}}")
                        .append("&lt;/ref&gt;");
            case 2 ->
                text.append(" [http://example.net/")
                        .append(id)
                        .append(" Example site] and https://bare.example.org/")
                        .append(p)
                        .append(" &lt;!-- https://hidden.example.org/ --&gt;");
            default ->
                text.append(" {{Infobox|website = {{URL|example.com/")
                        .append(id)
                        .append("}}}}");
        }
        text.append("\n\n");
    }

    private static void compress(Path dump, Path compressed) throws IOException {
        Path partial = Path.of(compressed + ".part");
        try (InputStream in = Files.newInputStream(dump);
                OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(partial))) {
            in.transferTo(out);
        }
        Files.move(partial, compressed);
    }
}
