package org.citewatch.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where the bzip2 streams of a file start, by their headers: {@code BZh} and a block size
 * digit, then the magic of a first block ({@code 0x314159265359}) or of an empty stream's end
 * ({@code 0x177245385090}). A stream starts on a byte boundary and its first block follows its
 * header directly, so these ten bytes are byte-aligned; inside compressed data they appear by chance
 * once in 2<sup>80</sup> positions, and a false start only splits a stream, which then fails to
 * decode and is reported.
 *
 * <p>Asked for ever larger positions, it reads the file once, in large pieces.
 */
final class Bzip2StreamStarts {

    static final int HEADER_LENGTH = 10;
    private static final byte[] BLOCK_MAGIC = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
    private static final byte[] END_MAGIC = {0x17, 0x72, 0x45, 0x38, 0x50, (byte) 0x90};
    private static final int WINDOW = 1 << 20;

    private final FileChannel file;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;

    Bzip2StreamStarts(FileChannel file) throws IOException {
        this.file = file;
        this.size = file.size();
    }

    /** The start of the first stream after {@code after}, or the file size when there is none. */
    long next(long after) throws IOException {
        for (long at = after + 1; at + HEADER_LENGTH <= size; ) {
            load(at);
            int limit = window.limit() - HEADER_LENGTH;
            byte[] bytes = window.array();
            for (int i = (int) (at - windowStart); i <= limit; i++) {
                if (bytes[i] == 'B' && isHeader(bytes, i)) {
                    return windowStart + i;
                }
            }
            at = windowStart + limit + 1;
        }
        return size;
    }

    /** Whether a stream header starts at {@code offset}. */
    boolean startsAt(long offset) throws IOException {
        if (offset + HEADER_LENGTH > size) {
            return false;
        }
        load(offset);
        return isHeader(window.array(), (int) (offset - windowStart));
    }

    private void load(long at) throws IOException {
        if (windowStart >= 0 && at >= windowStart && at + HEADER_LENGTH <= windowStart + window.limit()) {
            return;
        }
        window.clear();
        while (window.hasRemaining() && file.read(window, at + window.position()) >= 0) {
            // fill the window, or up to the end of the file
        }
        window.flip();
        windowStart = at;
    }

    static boolean isHeader(byte[] b, int i) {
        if (b[i] != 'B' || b[i + 1] != 'Z' || b[i + 2] != 'h' || b[i + 3] < '1' || b[i + 3] > '9') {
            return false;
        }
        return matches(b, i + 4, BLOCK_MAGIC) || matches(b, i + 4, END_MAGIC);
    }

    private static boolean matches(byte[] b, int at, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (b[at + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }
}
