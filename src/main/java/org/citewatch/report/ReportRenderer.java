package org.citewatch.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one report file from the classified report. */
interface ReportRenderer {

    /** The file's name in the report folder. */
    String fileName();

    /** Writes the whole file; the caller owns and closes the stream. */
    void render(ReportModel model, OutputStream out) throws IOException;
}
