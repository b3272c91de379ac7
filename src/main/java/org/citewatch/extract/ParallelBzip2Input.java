package org.citewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decompressed bytes of a bzip2 file, in file order, decompressed by several threads at once when
 * the file holds many streams, as Wikimedia's multistream dumps do (streams of 100 pages each, the
 * first one holding the {@code <mediawiki><siteinfo>} header). A file of one stream (made by
 * {@code bzip2}) is decompressed by one worker while the reader parses.
 *
 * <p>Streams are found by the index beside the dump ({@link MultistreamIndex}) when there is one,
 * else by their headers ({@link Bzip2StreamStarts}). Consecutive streams are grouped into jobs of
 * about {@link #JOB_BYTES} compressed bytes; a few jobs run ahead of the reader, each holding at most
 * {@link #QUEUED_BLOCKS} blocks of about 1 MB, so memory stays bounded whatever the dump's size.
 *
 * <p>A damaged stream is reported (file, page, what is wrong) and skipped with its pages; reading
 * goes on with the next stream.
 */
final class ParallelBzip2Input extends InputStream {

    private static final Logger log = LoggerFactory.getLogger(ParallelBzip2Input.class);

    /** About 10 Wikimedia streams (1,000 pages): long enough that handing work over costs nothing. */
    static final long JOB_BYTES = 1 << 20;

    /** Blocks a job may decode ahead of the reader: 16 MB, more than a job's pages. */
    static final int QUEUED_BLOCKS = 16;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final FileChannel file;
    private final long size;
    private final Bzip2StreamStarts headers;
    private final MultistreamIndex index;
    private boolean indexTrusted;
    private final Consumer<DocumentError> errors;
    private final ExecutorService workers;
    private final int jobsAhead;
    private final long jobBytes;
    private final Deque<Bzip2Job> jobs = new ArrayDeque<>();
    private long planned;
    private String plannedTitle;
    /** The title of the last page handed to the reader, to say where a damaged stream is. */
    private String lastTitle;

    private Bzip2Job.Data current;
    private int position;
    private boolean closed;

    /**
     * @param dump the bzip2 file
     * @param index Wikimedia's index of its streams, if any
     * @param threads how many streams are decompressed at once (at least 1)
     * @param jobBytes the compressed bytes of streams one worker takes at a time ({@link #JOB_BYTES})
     * @param errors where damaged streams are reported
     * @throws IOException when the file cannot be opened or does not start with a bzip2 stream
     */
    ParallelBzip2Input(Path dump, Optional<Path> index, int threads, long jobBytes, Consumer<DocumentError> errors)
            throws IOException {
        this.name = dump.toString();
        this.file = FileChannel.open(dump, StandardOpenOption.READ);
        this.errors = errors;
        MultistreamIndex opened = null;
        try {
            this.size = file.size();
            this.headers = new Bzip2StreamStarts(file);
            if (!headers.startsAt(0)) {
                throw new IOException("not a bzip2 file (no bzip2 stream header at its start)");
            }
            if (index.isPresent()) {
                opened = MultistreamIndex.open(index.get());
            }
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        this.index = opened;
        this.indexTrusted = opened != null;
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "bzip2-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after the reader is gone
            return thread;
        });
        this.jobsAhead = threads + 1;
        this.jobBytes = jobBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || position == current.length()) {
            if (!nextBlock()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length() - position);
        System.arraycopy(current.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    /** Moves to the next block of data; {@code false} at the end of the file. */
    private boolean nextBlock() throws IOException {
        if (closed) {
            return false;
        }
        plan();
        Bzip2Job head = jobs.peekFirst();
        if (head == null) {
            return false;
        }
        Bzip2Job.Block block;
        try {
            block = head.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decompressing " + name);
        }
        current = null;
        position = 0;
        if (block instanceof Bzip2Job.Data data) {
            current = data;
            String title = Bzip2Job.lastTitle(data.bytes(), data.length());
            lastTitle = title != null ? title : lastTitle;
        } else if (block instanceof Bzip2Job.Damaged damaged) {
            report(damaged);
        } else {
            jobs.removeFirst();
        }
        return true;
    }

    private void report(Bzip2Job.Damaged damaged) {
        String problem = "damaged bzip2 stream at byte " + damaged.offset() + " (" + damaged.reason() + ")";
        if (damaged.page() != null) {
            errors.accept(new DocumentError(
                    name + " > " + damaged.page(), 0, problem + "; this page and the rest of its stream are skipped"));
        } else if (lastTitle != null) {
            errors.accept(new DocumentError(
                    name + " > " + lastTitle, 0, problem + " after this page; the pages of that stream are skipped"));
        } else {
            errors.accept(new DocumentError(name, 0, problem + "; the pages of that stream are skipped"));
        }
    }

    /** Starts jobs until {@link #jobsAhead} are running or waiting, or the file is planned to its end. */
    private void plan() throws IOException {
        while (jobs.size() < jobsAhead && planned < size) {
            List<Long> starts = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            long start = planned;
            while (planned < size && (starts.isEmpty() || planned - start < jobBytes)) {
                starts.add(planned);
                titles.add(plannedTitle);
                planned = Math.min(nextStart(planned), size);
            }
            long[] bounds = new long[starts.size() + 1];
            for (int i = 0; i < starts.size(); i++) {
                bounds[i] = starts.get(i);
            }
            bounds[starts.size()] = planned;
            Bzip2Job job = new Bzip2Job(file, bounds, titles.toArray(String[]::new), QUEUED_BLOCKS);
            jobs.addLast(job);
            workers.execute(job);
            log.debug("{}: job of {} streams from byte {}", name, starts.size(), start);
        }
    }

    /** The stream after the one at {@code at}: by the index while it agrees with the file, else by headers. */
    private long nextStart(long at) throws IOException {
        plannedTitle = null;
        if (indexTrusted) {
            Optional<MultistreamIndex.Entry> entry = index.next(at);
            long next = entry.map(MultistreamIndex.Entry::offset).orElse(size);
            if (next >= size || headers.startsAt(next)) {
                plannedTitle = entry.map(MultistreamIndex.Entry::firstTitle).orElse(null);
                return next;
            }
            indexTrusted = false;
            errors.accept(new DocumentError(
                    name,
                    0,
                    "the multistream index does not match this dump (no bzip2 stream at byte " + next
                            + "); streams are found by their headers instead"));
        }
        return headers.next(at);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        workers.shutdownNow();
        jobs.clear();
        try {
            if (index != null) {
                index.close();
            }
        } finally {
            file.close();
        }
    }
}
