package org.citewatch.check;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes already in memory straight into the reader's buffer, as far as it is read. An
 * {@link java.io.InputStreamReader} would first copy them through a buffer of its own, which was
 * the largest allocation left per sampled page (issue 16). Malformed input reads as U+FFFD, as in
 * jsoup's reader.
 */
final class BytesReader extends Reader {

    private final ByteBuffer bytes;
    private final CharsetDecoder decoder;
    private boolean decoded;
    private boolean flushed;

    BytesReader(byte[] html, int offset, int length, Charset charset) {
        this.bytes = ByteBuffer.wrap(html, offset, length);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (flushed) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        if (!decoded) {
            // every byte is here, so each call decodes as the end of the input
            decoded = decoder.decode(bytes, out, true).isUnderflow();
        }
        if (decoded) {
            flushed = decoder.flush(out).isUnderflow();
        }
        int read = out.position() - offset;
        return read == 0 && flushed ? -1 : read;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
