package org.citewatch.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;
import org.citewatch.check.Paywalls;
import org.citewatch.history.DueLink;
import org.citewatch.history.LinkRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the result of every finished check durable soon after it finishes, whichever step started
 * the check: results wait at most {@code within} (or until {@code batch} of them are waiting) and
 * are then committed together by one writer thread. A {@code kill -9} thus loses only the results
 * of the last moments, and the resumed run checks only those again (its readers leave out every
 * link with a result stored for the run). Storing is idempotent: a result already stored for the
 * run is left alone. Once stored, the checker forgets the result.
 *
 * <p>Thread-safe; {@link #close} stores what is waiting and stops the writer.
 */
final class CheckResultStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CheckResultStore.class);

    /** A finished check waiting to be stored, and who waits for it. */
    private record Finished(long runId, DueLink link, CheckResult result, CompletableFuture<Void> stored) {}

    private static final Finished STOP = new Finished(-1, null, null, null);

    private final LinkRepository links;
    private final LinkChecker checker;
    private final Paywalls paywalls;
    private final TransactionTemplate transaction;
    private final long withinNanos;
    private final int batch;
    private final BlockingQueue<Finished> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    /** Held while a batch is stored and announced, so that a count taken under it is consistent. */
    private final ReentrantLock storing = new ReentrantLock();

    private final AtomicLong storedInRun = new AtomicLong();
    private volatile long countedRun = -1;
    private volatile StoredListener listener = (runId, count) -> {};

    /** Told of each batch of results stored, right after the commit. */
    @FunctionalInterface
    interface StoredListener {
        void stored(long runId, int count);
    }

    /**
     * @param within the longest a finished result waits before it is stored
     * @param batch results stored together at most; a full batch is stored at once
     */
    CheckResultStore(
            LinkRepository links,
            LinkChecker checker,
            Paywalls paywalls,
            TransactionTemplate transaction,
            Duration within,
            int batch) {
        if (within.isNegative() || batch < 1) {
            throw new IllegalArgumentException("within cannot be negative and batch must be positive");
        }
        this.links = links;
        this.checker = checker;
        this.paywalls = paywalls;
        this.transaction = transaction;
        this.withinNanos = within.toNanos();
        this.batch = batch;
        this.writer = new Thread(this::writeUntilStopped, "citewatch-check-store");
        writer.setDaemon(true);
        writer.start();
    }

    /** Checks a due link and stores its result; the future completes once the result is committed. */
    CompletableFuture<Void> checkAndStore(long runId, DueLink link) {
        return checker.check(link.url()).thenCompose(result -> store(runId, link, result));
    }

    /**
     * Stores a link's result in the run soon; the future completes once it is committed, or
     * exceptionally when storing failed (the link is then still due, and a restart checks it).
     */
    CompletableFuture<Void> store(long runId, DueLink link, CheckResult result) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (!writer.isAlive()) {
            stored.completeExceptionally(new IllegalStateException("the check result store is closed"));
            return stored;
        }
        waiting.add(new Finished(runId, link, result, stored));
        return stored;
    }

    /** Who is told of each batch stored (the progress display); one at a time. */
    void listen(StoredListener listener) {
        this.listener = listener;
    }

    /** The results of the run stored by this process so far. */
    long storedIn(long runId) {
        return runId == countedRun ? storedInRun.get() : 0;
    }

    /**
     * Runs the action while no batch is being stored, so that what it counts in the database and
     * {@link #storedIn} agree with each other and with the batches announced afterwards.
     */
    <T> T whileNotStoring(Supplier<T> action) {
        storing.lock();
        try {
            return action.get();
        } finally {
            storing.unlock();
        }
    }

    private void writeUntilStopped() {
        List<Finished> next = new ArrayList<>(batch);
        boolean stopping = false;
        while (!stopping) {
            try {
                Finished first = waiting.take();
                long deadline = System.nanoTime() + withinNanos;
                for (Finished item = first; item != null; ) {
                    if (item == STOP) {
                        stopping = true;
                        waiting.drainTo(next);
                        next.remove(STOP);
                        break;
                    }
                    next.add(item);
                    if (next.size() >= batch) {
                        break;
                    }
                    long left = deadline - System.nanoTime();
                    item = left > 0 ? waiting.poll(left, TimeUnit.NANOSECONDS) : waiting.poll();
                }
            } catch (InterruptedException e) {
                stopping = true;
                Thread.currentThread().interrupt();
            }
            write(next);
            next.clear();
        }
    }

    private void write(List<Finished> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<Long, List<LinkRepository.Checked>> byRun = new LinkedHashMap<>();
        Set<String> paywalledHosts = null;
        for (Finished item : items) {
            CheckResult result = item.result();
            if (paywalls.mayBePaywall(result)) {
                // read only when a batch holds a refusal: the hosts citations mark as paywalled so far
                if (paywalledHosts == null) {
                    paywalledHosts = links.paywalledHosts();
                }
                result = paywalls.judge(result, paywalledHosts.contains(host(result.url())));
            }
            byRun.computeIfAbsent(item.runId(), run -> new ArrayList<>())
                    .add(new LinkRepository.Checked(item.link(), result));
        }
        storing.lock();
        try {
            transaction.executeWithoutResult(
                    status -> byRun.forEach((runId, checked) -> links.recordChecked(runId, checked)));
            byRun.forEach((runId, checked) -> {
                if (runId != countedRun) {
                    storedInRun.set(0);
                    countedRun = runId;
                }
                storedInRun.addAndGet(checked.size());
                listener.stored(runId, checked.size());
            });
        } catch (RuntimeException e) {
            log.warn("could not store {} check results: {}", items.size(), e.toString());
            items.forEach(item -> item.stored().completeExceptionally(e));
            return;
        } finally {
            storing.unlock();
        }
        for (Finished item : items) {
            checker.forget(item.link().url());
            item.stored().complete(null);
        }
    }

    /** Stores the results waiting and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        waiting.add(STOP);
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }

    private static String host(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? "" : parsed.host();
    }
}
