package org.citewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes one report file from the classified report. */
interface ReportRenderer {

    /** The file's name in the report folder. */
    String fileName();

    /** Writes the whole file; the caller owns and closes the stream. */
    void render(ReportModel model, OutputStream out) throws IOException;

    /**
     * Writes the files the main file links to, into {@code reportDir}, before the main file is
     * written (so that it never links to a page that is not there yet). Most reports have none.
     */
    default void renderBeside(ReportModel model, Path reportDir) throws IOException {}
}
