package org.citewatch.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput of {@link WikitextCitationExtractor} on one thread over a generated corpus (200 MB of
 * UTF-8 by default), document by document, so that the heap cap (run with {@code -Xmx128m}) shows
 * that memory does not grow with the corpus. Not a test; see docs/extract-wikitext.md for the
 * command.
 *
 * <p>Arguments: corpus size in MB (default 200), page size in characters (default 60000).
 */
final class WikitextExtractionBenchmark {

    private static final Logger log = LoggerFactory.getLogger(WikitextExtractionBenchmark.class);

    /** Untimed pages first, so that the figure is the JIT-compiled steady state. */
    private static final int WARM_UP_PAGES = 300;

    private WikitextExtractionBenchmark() {}

    public static void main(String[] args) {
        long corpusBytes = (args.length > 0 ? Long.parseLong(args[0]) : 200) * 1_000_000L;
        int pageChars = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        WikitextCitationExtractor extractor = new WikitextCitationExtractor(ExtractProperties.defaults());
        SyntheticWikitext generator = new SyntheticWikitext(42);

        for (int i = 0; i < WARM_UP_PAGES; i++) {
            extractor.extract(page("warm-up", generator.page(pageChars)));
        }
        resetPeaks();

        long bytes = 0;
        long nanos = 0;
        long cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long documents = 0;
        long citations = 0;
        long warnings = 0;
        long liveHeap = 0;
        while (bytes < corpusBytes) {
            String text = generator.page(pageChars);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            Document document = page("page-" + documents, text);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Extraction extraction = extractor.extract(document);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;
            documents++;
            citations += extraction.citations().size();
            warnings += extraction.warnings().size();
            liveHeap = Math.max(liveHeap, heapAfterLastGc());
        }

        double seconds = nanos / 1e9;
        log.info(
                "wikitext extraction: {} MB in {} documents, {} citations, {} warnings; {} s extracting: {} MB/s"
                        + " (by thread CPU time: {} MB/s); peak heap {} MB, most left after a GC {} MB, max {} MB",
                String.format("%.1f", bytes / 1e6),
                documents,
                citations,
                warnings,
                String.format("%.2f", seconds),
                String.format("%.1f", bytes / 1e6 / seconds),
                String.format("%.1f", bytes / 1e6 / (cpuNanos / 1e9)),
                String.format("%.1f", peakHeapBytes() / 1e6),
                String.format("%.1f", liveHeap / 1e6),
                String.format("%.1f", Runtime.getRuntime().maxMemory() / 1e6));
    }

    private static Document page(String name, String text) {
        return new Document(name, "synthetic", null, DocumentFormat.WIKITEXT, text, 1, null, null);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Heap in use after the last collection: what the run really keeps, unlike the peak. */
    private static long heapAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
