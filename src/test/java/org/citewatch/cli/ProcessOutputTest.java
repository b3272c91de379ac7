package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.citewatch.extract.Citation;
import org.junit.jupiter.api.Test;

/** Issue 12: {@code extract --format jsonl} writes UTF-8 bytes straight onto the process's output. */
class ProcessOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProcessOutput out = new ProcessOutput(new PrintStream(bytes, false, StandardCharsets.UTF_8));

    @Test
    void jsonLinesAsBytesAreTheSameTextAsThroughTheWriter() {
        Citation cjk = ExtractCitations.deadCiteWeb();
        Citation hostile = ExtractCitations.link("頁/\"引号\"\t.wiki", 3, "http://例子.中国/路径?q=\"x\"\u0001\u2028😀");
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        ExtractPrinter throughWriter = ExtractFormat.JSONL.printer(writer);
        ExtractPrinter asBytes = ExtractFormat.JSONL.printer(out);

        for (Citation citation : new Citation[] {cjk, hostile}) {
            throughWriter.print(citation);
            asBytes.print(citation);
        }
        writer.flush();
        out.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
    }

    @Test
    void jsonLinesBypassTheWritersCharacterBuffer() {
        ExtractFormat.JSONL.printer(out).print(ExtractCitations.deadCiteWeb());

        // no flush: through the writer the record would still wait in its character buffer
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("{\"document\":\"pages/Seoul.wiki\"");
    }

    @Test
    void textWrittenBeforeTheBytesComesFirst() throws IOException {
        out.print("header\n");
        OutputStream raw = out.bytes();
        raw.write("body\n".getBytes(StandardCharsets.UTF_8));
        out.print("footer\n");
        out.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("header\nbody\nfooter\n");
    }

    @Test
    void aBrokenOutputShowsInCheckErrorWhicheverWayItWasWritten() throws IOException {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ProcessOutput closed = new ProcessOutput(new PrintStream(gone, false, StandardCharsets.UTF_8));

        closed.bytes().write("record\n".getBytes(StandardCharsets.UTF_8));

        assertThat(closed.checkError()).isTrue();
    }
}
