package org.citewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/** Reads one whole text file into memory, refusing what is too large, binary or not UTF-8. */
final class TextFileLoader {

    /** What reading a file gave: its text, or why there is none. */
    sealed interface Result permits Text, Failure {}

    record Text(String text) implements Result {}

    /** @param line the 1-based line of the problem, or 0 when it concerns the whole file */
    record Failure(int line, String message) implements Result {}

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final DataSize maxSize;

    TextFileLoader(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    Result load(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // one byte more than allowed tells "too large" without trusting a size read earlier
            bytes = in.readNBytes((int) maxSize.toBytes() + 1);
        } catch (IOException e) {
            return new Failure(0, InputErrors.describe(e));
        }
        if (bytes.length > maxSize.toBytes()) {
            return new Failure(0, "larger than citewatch.input.max-document-size (" + maxSize + "); skipped");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Failure(lineAt(bytes, i), "binary file (NUL byte at offset " + i + "); skipped");
            }
        }
        return decode(bytes);
    }

    private static Result decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            return new Failure(
                    lineAt(bytes, offset), "not UTF-8 text (invalid byte at offset " + offset + "); skipped");
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.position(1);
        }
        return new Text(out.toString());
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
