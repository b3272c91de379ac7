package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.Extraction;
import org.citewatch.extract.SourceMemory;

/**
 * One {@code extract} run: documents (files, or wiki pages, always read in full) are read and extracted one at a time and their citations
 * printed at once, so memory does not grow with the input. Errors and warnings go to stderr as
 * {@code citewatch: <file>[ > page]:<line>: <message>}, the summary last.
 */
final class ExtractRun {

    private final DocumentInputs reader;
    private final CitationExtractor extractor;
    private final PrintWriter err;

    ExtractRun(DocumentInputs reader, CitationExtractor extractor, PrintWriter err) {
        this.reader = reader;
        this.extractor = extractor;
        this.err = err;
    }

    /** Prints every citation of the inputs through the printer onto {@code out}; returns the tally. */
    ExtractTally run(List<String> inputs, ExtractPrinter printer, PrintWriter out) {
        ExtractTally tally = new ExtractTally();
        printer.begin();
        try (DocumentStream documents = reader.open(inputs, SourceMemory.NONE, error -> {
            tally.error();
            err.println(message(error, ""));
        })) {
            while (documents.hasNext()) {
                Document document = documents.next();
                tally.document();
                Extraction extraction = extractor.extract(document);
                for (Citation citation : extraction.citations()) {
                    printer.print(citation);
                    tally.citation(citation);
                }
                for (DocumentError warning : extraction.warnings()) {
                    tally.warning();
                    err.println(message(warning, "warning: "));
                }
                // flushes too; true once stdout is gone (| head): nobody reads the rest
                if (out.checkError()) {
                    break;
                }
            }
        }
        out.flush();
        return tally;
    }

    static String message(DocumentError error, String kind) {
        String where = error.line() > 0 ? error.document() + ":" + error.line() : error.document();
        return ExtractTerminalText.printable("citewatch: " + where + ": " + kind + error.message());
    }
}
