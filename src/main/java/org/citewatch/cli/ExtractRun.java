package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.Extraction;
import org.citewatch.extract.SourceMemory;

/**
 * One {@code extract} run: documents (files, or wiki pages, always read in full) are read one at a time and their citations printed in document
 * order, so memory does not grow with the input. With more than one thread, the next few documents
 * are extracted on worker threads while this one reads and prints; at most {@link #AHEAD_PER_THREAD}
 * documents a thread, and about {@link #AHEAD_CHARS} characters, wait to be printed. Errors and
 * warnings go to stderr as {@code citewatch: <file>[ > page]:<line>: <message>}, the summary last.
 */
final class ExtractRun {

    /** Enough to keep every worker busy while the reader is on a long page. */
    static final int AHEAD_PER_THREAD = 4;

    /** Bounds the text held ahead (twice over while extracted) well within a 128 MB heap. */
    static final long AHEAD_CHARS = 8L << 20;

    private final DocumentInputs reader;
    private final CitationExtractor extractor;
    private final PrintWriter err;
    private final int threads;

    /** A run that extracts on the reading thread. */
    ExtractRun(DocumentInputs reader, CitationExtractor extractor, PrintWriter err) {
        this(reader, extractor, err, 1);
    }

    /** @param threads how many documents are extracted at once; 1 extracts on the reading thread */
    ExtractRun(DocumentInputs reader, CitationExtractor extractor, PrintWriter err, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.reader = reader;
        this.extractor = extractor;
        this.err = err;
        this.threads = threads;
    }

    /** Prints every citation of the inputs through the printer onto {@code out}; returns the tally. */
    ExtractTally run(List<String> inputs, ExtractPrinter printer, PrintWriter out) {
        ExtractTally tally = new ExtractTally();
        printer.begin();
        try (DocumentStream documents = reader.open(inputs, SourceMemory.NONE, error -> {
            tally.error();
            err.println(message(error, ""));
        })) {
            if (threads == 1) {
                while (documents.hasNext()) {
                    tally.document();
                    if (!print(extractor.extract(documents.next()), printer, tally, out)) {
                        break;
                    }
                }
            } else {
                runAhead(documents, printer, tally, out);
            }
        }
        out.flush();
        return tally;
    }

    private record Ahead(long chars, Future<Extraction> extraction) {}

    private void runAhead(DocumentStream documents, ExtractPrinter printer, ExtractTally tally, PrintWriter out) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Deque<Ahead> ahead = new ArrayDeque<>();
        long aheadChars = 0;
        try {
            while (true) {
                boolean full = ahead.size() >= threads * AHEAD_PER_THREAD || aheadChars >= AHEAD_CHARS;
                if (!full && documents.hasNext()) {
                    Document document = documents.next();
                    tally.document();
                    long chars = document.text().length();
                    ahead.addLast(new Ahead(chars, workers.submit(() -> extractor.extract(document))));
                    aheadChars += chars;
                    continue;
                }
                if (ahead.isEmpty()) {
                    break;
                }
                Ahead first = ahead.removeFirst();
                aheadChars -= first.chars();
                if (!print(result(first.extraction()), printer, tally, out)) {
                    break;
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static Extraction result(Future<Extraction> extraction) {
        try {
            return extraction.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Prints one document's citations and warnings; {@code false} once nobody reads the output. */
    private boolean print(Extraction extraction, ExtractPrinter printer, ExtractTally tally, PrintWriter out) {
        for (Citation citation : extraction.citations()) {
            printer.print(citation);
            tally.citation(citation);
        }
        for (DocumentError warning : extraction.warnings()) {
            tally.warning();
            err.println(message(warning, "warning: "));
        }
        // flushes too; true once stdout is gone (| head): nobody reads the rest
        return !out.checkError();
    }

    static String message(DocumentError error, String kind) {
        String where = error.line() > 0 ? error.document() + ":" + error.line() : error.document();
        return ExtractTerminalText.printable("citewatch: " + where + ": " + kind + error.message());
    }
}
