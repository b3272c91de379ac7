package org.citewatch.cli;

import org.citewatch.extract.Citation;

/** Writes citations to the command's output as they come, one record each; holds none of them. */
interface ExtractPrinter {

    /** Writes what comes before the first record (a header row), if anything. */
    void begin();

    void print(Citation citation);
}
