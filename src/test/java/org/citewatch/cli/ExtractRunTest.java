package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.Extraction;
import org.junit.jupiter.api.Test;

class ExtractRunTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out);
    private int documentsAsked;

    private static Document page(String name) {
        return new Document(name, "dump.xml", 7L, DocumentFormat.WIKITEXT, name, 1, null, null);
    }

    /** A reader over fixed pages that reports an error before the second page. */
    private DocumentInputs reader(List<Document> pages) {
        return new DocumentInputs(files(pages), List.of());
    }

    private DocumentReader files(List<Document> pages) {
        return new DocumentReader() {
            @Override
            public DocumentStream open(List<Path> inputs, Consumer<DocumentError> errors) {
                Iterator<Document> source = pages.iterator();
                return new DocumentStream() {
                    @Override
                    public boolean hasNext() {
                        if (documentsAsked == 1) {
                            errors.accept(new DocumentError("dump.xml > Broken", 41, "malformed XML: oops"));
                        }
                        return source.hasNext();
                    }

                    @Override
                    public Document next() {
                        documentsAsked++;
                        return source.next();
                    }

                    @Override
                    public void close() {}
                };
            }
        };
    }

    /** One citation per document, named after it, and a warning for the document "warned". */
    private final CitationExtractor extractor = document -> new Extraction(
            List.of(ExtractCitations.link(document.name(), 1, "https://example.org/" + document.name())),
            "warned".equals(document.name())
                    ? List.of(new DocumentError(document.name(), 3, "unparsed date: soon"))
                    : List.of());

    @Test
    void printsTheCitationsOfEachDocumentBeforeReadingTheNext() {
        ExtractPrinter printer = new ExtractPrinter() {
            @Override
            public void begin() {}

            @Override
            public void print(Citation citation) {
                outWriter.println(citation.document() + " printed after " + documentsAsked + " read");
            }
        };

        new ExtractRun(reader(List.of(page("A"), page("B"))), extractor, new PrintWriter(err))
                .run(List.of("dump.xml"), printer, outWriter);

        assertThat(out.toString().lines()).containsExactly("A printed after 1 read", "B printed after 2 read");
    }

    @Test
    void reportsErrorsAndWarningsOnStderrWithFilePageAndLine() {
        ExtractTally tally = new ExtractRun(reader(List.of(page("A"), page("warned"))), extractor, new PrintWriter(err))
                .run(List.of("dump.xml"), new ExtractJsonLines(outWriter), outWriter);

        assertThat(err.toString().lines())
                .containsExactly(
                        "citewatch: dump.xml > Broken:41: malformed XML: oops",
                        "citewatch: warned:3: warning: unparsed date: soon");
        assertThat(tally.summary())
                .isEqualTo("citewatch: 2 documents, 2 citations, 2 unique URLs, 0 skipped URLs, 1 error, 1 warning");
    }

    @Test
    void stopsReadingOnceNobodyReadsTheOutput() {
        PrintWriter closed = new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });

        ExtractTally tally = new ExtractRun(
                        reader(List.of(page("A"), page("B"), page("C"))), extractor, new PrintWriter(err))
                .run(List.of("dump.xml"), new ExtractJsonLines(closed), closed);

        assertThat(tally.documents()).as("a closed pipe (| head) ends the run").isEqualTo(1);
    }
}
