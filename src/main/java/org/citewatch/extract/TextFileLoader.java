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
import java.util.Arrays;
import java.util.Optional;
import org.springframework.util.unit.DataSize;

/** Reads one whole text file into memory, refusing what is too large, binary or not UTF-8. */
final class TextFileLoader {

    /** What reading a file gave: its text, or why there is none. */
    sealed interface Result permits Text, Failure {}

    record Text(String text) implements Result {}

    /** @param line the 1-based line of the problem, or 0 when it concerns the whole file */
    record Failure(int line, String message) implements Result {}

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** What the lenient decoder puts in place of bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';

    private final DataSize maxSize;

    TextFileLoader(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    Result load(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readAtMost(in, Files.size(file), maxSize.toBytes());
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

    /**
     * Reads up to {@code limit + 1} bytes (one byte more than allowed tells "too large" without
     * trusting the size read before), into one array of the expected size when the file holds what
     * its size said: one copy of the file in memory, not the chunks and copies of a read of unknown
     * length.
     */
    private static byte[] readAtMost(InputStream in, long expectedSize, long limit) throws IOException {
        if (expectedSize <= 0 || expectedSize > limit) {
            return in.readNBytes((int) limit + 1);
        }
        byte[] bytes = new byte[(int) expectedSize];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return Arrays.copyOf(bytes, read); // shrank while being read
        }
        int more = in.read();
        if (more < 0) {
            return bytes;
        }
        // grew while being read: read the rest the slow way, still within the limit
        byte[] rest = in.readNBytes((int) (limit - bytes.length));
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) more;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    /**
     * Decodes with the JDK's String constructor (vectorized, straight into a compact string) and
     * only when that had to replace a malformed sequence, which shows as U+FFFD, decodes again
     * strictly to tell a real U+FFFD in the file from a byte that is not UTF-8, and where.
     */
    private static Result decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            Optional<Failure> malformed = malformed(bytes);
            if (malformed.isPresent()) {
                return malformed.get();
            }
        }
        return new Text(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    /** Where the bytes are not UTF-8, if they are not. */
    private static Optional<Failure> malformed(byte[] bytes) {
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
            return Optional.of(new Failure(
                    lineAt(bytes, offset), "not UTF-8 text (invalid byte at offset " + offset + "); skipped"));
        }
        return Optional.empty();
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
