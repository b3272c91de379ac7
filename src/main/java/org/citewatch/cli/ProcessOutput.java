package org.citewatch.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as picocli's writer, with its bytes underneath for a command that
 * writes much already-encoded text: {@code extract --format jsonl} writes about as many bytes as it
 * reads, and encoding them char by char through the writer cost a sixth of its CPU on CJK pages
 * (issue 12). Errors writing either way show in {@link #checkError()}, which asks the stream.
 */
final class ProcessOutput extends PrintWriter {

    private final PrintStream stream;

    ProcessOutput(PrintStream stream) {
        super(stream, true, StandardCharsets.UTF_8);
        this.stream = stream;
    }

    /** The bytes beneath, everything written as text so far flushed onto them first, in order. */
    OutputStream bytes() {
        flush();
        return stream;
    }
}
