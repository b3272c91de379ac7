package org.citewatch.cli;

import java.io.PrintWriter;

/** The output formats of {@code citewatch extract}. */
enum ExtractFormat {
    /** One JSON object a line, for programs. */
    JSONL,
    /** RFC 4180 with a header row, for spreadsheets. */
    CSV,
    /** Aligned columns, for a terminal. */
    TABLE;

    ExtractPrinter printer(PrintWriter out) {
        return switch (this) {
            case JSONL ->
                out instanceof ProcessOutput process
                        ? new ExtractJsonLines(process.bytes())
                        : new ExtractJsonLines(out);
            case CSV -> new ExtractCsv(out);
            case TABLE -> new ExtractTable(out);
        };
    }
}
