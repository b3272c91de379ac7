package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Decompresses a run of consecutive bzip2 streams of one file, on a worker thread, into a bounded
 * queue of blocks that the reader takes in order. Each stream is decoded on its own, so a damaged one
 * costs only its own pages: what it held after its last complete {@code </page>} is dropped, and a
 * {@link Damaged} block names the page where it broke.
 */
final class Bzip2Job implements Runnable {

    /** A piece of decompressed XML. */
    sealed interface Block permits Data, Damaged, End {}

    record Data(byte[] bytes, int length) implements Block {}

    /**
     * @param offset where the damaged stream starts in the file
     * @param page the title of the page that broke (read from what could be decoded, or the first
     *     page of the stream by the index), or {@code null} when neither tells
     * @param reason what went wrong, for a person
     */
    record Damaged(long offset, String page, String reason) implements Block {}

    record End() implements Block {}

    private static final int READ_BYTES = 1 << 20;
    private static final byte[] PAGE_END = "</page>".getBytes(UTF_8);
    private static final byte[] TITLE = "<title>".getBytes(UTF_8);

    private final FileChannel file;
    private final long[] starts;
    private final String[] firstTitles;
    private final BlockingQueue<Block> blocks;

    /**
     * @param starts the streams' start offsets, then the end of the last one
     * @param firstTitles for each stream, the title of its first page when an index gave it, else null
     * @param queuedBlocks how many blocks (of about 1 MB) may wait for the reader
     */
    Bzip2Job(FileChannel file, long[] starts, String[] firstTitles, int queuedBlocks) {
        this.file = file;
        this.starts = starts.clone();
        this.firstTitles = firstTitles.clone();
        this.blocks = new ArrayBlockingQueue<>(queuedBlocks);
    }

    /** The next block, waiting for it; {@link End} after the last. */
    Block take() throws InterruptedException {
        return blocks.take();
    }

    @Override
    public void run() {
        try {
            for (int i = 0; i + 1 < starts.length; i++) {
                decode(i);
            }
            blocks.put(new End());
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt(); // the reader was closed: stop here
        }
    }

    private void decode(int stream) throws InterruptedException {
        long start = starts[stream];
        byte[] carry = new byte[READ_BYTES];
        int held = 0;
        try (InputStream in = new BZip2CompressorInputStream(
                new BufferedInputStream(new Range(file, start, starts[stream + 1]), 1 << 16), true)) {
            while (true) {
                if (held == carry.length) {
                    carry = Arrays.copyOf(carry, carry.length * 2); // a page longer than the buffer
                }
                int read = in.read(carry, held, carry.length - held);
                if (read < 0) {
                    break;
                }
                int searchFrom = Math.max(0, held - PAGE_END.length);
                held += read;
                int cut = afterLastPageEnd(carry, searchFrom, held);
                if (cut > 0) {
                    // whole pages only: a damaged stream later on must not leave half a page behind
                    blocks.put(new Data(Arrays.copyOf(carry, cut), cut));
                    System.arraycopy(carry, cut, carry, 0, held - cut);
                    held -= cut;
                }
            }
            if (held > 0) {
                blocks.put(new Data(Arrays.copyOf(carry, held), held));
            }
        } catch (IOException | RuntimeException damaged) {
            String page = lastTitle(carry, held);
            blocks.put(new Damaged(start, page != null ? page : firstTitles[stream], describe(damaged)));
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The offset just after the last {@code </page>} in {@code b[from, to)}, or 0. */
    private static int afterLastPageEnd(byte[] b, int from, int to) {
        for (int i = to - PAGE_END.length; i >= from; i--) {
            if (b[i] == '<' && matches(b, i, PAGE_END)) {
                return i + PAGE_END.length;
            }
        }
        return 0;
    }

    /**
     * The text of the last {@code <title>} in the first {@code held} bytes, or null; searched from the
     * end, so it costs about one page whatever the block's size.
     */
    static String lastTitle(byte[] b, int held) {
        for (int i = held - TITLE.length; i >= 0; i--) {
            if (b[i] == '<' && matches(b, i, TITLE)) {
                int start = i + TITLE.length;
                for (int end = start; end + 1 < held; end++) {
                    if (b[end] == '<' && b[end + 1] == '/') {
                        return unescape(new String(b, start, end - start, UTF_8))
                                .strip();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** XML's predefined entities, the only ones a dump's title holds. */
    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static boolean matches(byte[] b, int at, byte[] what) {
        for (int k = 0; k < what.length; k++) {
            if (b[at + k] != what[k]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes {@code [from, to)} of a file, read by position so that workers share one channel. */
    private static final class Range extends InputStream {

        private final FileChannel file;
        private long position;
        private final long end;

        Range(FileChannel file, long from, long to) {
            this.file = file;
            this.position = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
