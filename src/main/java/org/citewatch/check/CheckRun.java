package org.citewatch.check;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.citewatch.http.HostLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check of one URL, as a chain of asynchronous steps: each request (a redirect hop, a retry, the
 * TLS fallback) waits for its host's slot, runs on OkHttp, and its outcome decides the next step or
 * the verdict. At most one request of a check is out at a time, so the fields below are only ever
 * touched by one thread at a time (hand-overs go through the limiter's lock or an executor).
 */
final class CheckRun {

    private static final Logger log = LoggerFactory.getLogger(CheckRun.class);

    private final CheckContext ctx;
    private final String url;
    private final HttpUrl start;
    private final CompletableFuture<CheckResult> result = new CompletableFuture<>();
    private final List<HttpUrl> visited = new ArrayList<>();

    private HttpUrl current;
    private long startNanos;
    private int attempts;
    private int retriesUsed;
    private boolean browserHeaders;
    private boolean browserTried;
    private boolean insecure;
    private boolean tlsInvalid;
    private FetchOutcome.Answered lastAnswer;

    CheckRun(CheckContext ctx, String url, HttpUrl start) {
        this.ctx = ctx;
        this.url = url;
        this.start = start;
        this.current = start;
        visited.add(start);
    }

    CompletableFuture<CheckResult> start() {
        submit(false);
        return result;
    }

    private void submit(boolean urgent) {
        HttpUrl target = current;
        ctx.limiter().submit(target.host(), urgent, permit -> attempt(target, permit));
    }

    /** Runs with a slot for the target's host; the slot is freed as soon as the outcome is in. */
    private void attempt(HttpUrl target, HostLimiter.Permit permit) {
        long attemptStart = System.nanoTime();
        if (attempts++ == 0) {
            startNanos = attemptStart;
        }
        try {
            ctx.fetcher().fetch(target, browserHeaders, insecure, outcome -> {
                permit.release();
                handle(outcome, attemptStart);
            });
        } catch (RuntimeException bug) {
            permit.release();
            log.error("could not start a request for {}", url, bug);
            result.completeExceptionally(bug);
        }
    }

    private void handle(FetchOutcome outcome, long attemptStart) {
        if (ctx.closed().get()) {
            result.cancel(false); // the checker shut down: nothing left to decide
            return;
        }
        try {
            if (outcome instanceof FetchOutcome.Failed failed) {
                onFailure(failed.error(), attemptStart);
            } else {
                onAnswer((FetchOutcome.Answered) outcome);
            }
        } catch (RuntimeException bug) {
            log.error("checking {} failed", url, bug);
            result.completeExceptionally(bug);
        }
    }

    private void later(Duration delay) {
        try {
            ctx.timer().schedule(() -> submit(true), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            result.cancel(false); // the checker closed while this check waited
        }
    }

    private void onFailure(IOException error, long attemptStart) {
        NetworkFailure kind = NetworkFailure.of(error);
        String evidence = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (kind == NetworkFailure.PRIVATE_ADDRESS) {
            finish(new Judgement(Verdict.SKIPPED, Reason.PRIVATE_ADDRESS, error.getMessage()));
            return;
        }
        if (kind == NetworkFailure.PROXY_AUTH) {
            finish(new Judgement(Verdict.UNKNOWN, Reason.BLOCKED, "HTTP 407 from a server that is no proxy"));
            return;
        }
        if (kind == NetworkFailure.TLS) {
            if (insecure) {
                finish(new Judgement(Verdict.UNKNOWN, Reason.TLS_ERROR, evidence));
            } else {
                // Second fetch without verification: does a page exist behind the broken certificate?
                insecure = true;
                tlsInvalid = true;
                submit(true);
            }
            return;
        }
        ctx.outage().recordFailure(current.host());
        if (kind.retryable && retriesUsed < ctx.retry().retries()) {
            retriesUsed++;
            later(ctx.retry().backoff(retriesUsed));
            return;
        }
        if (kind == NetworkFailure.TIMEOUT) {
            Reason reason = ctx.outage().isDown() ? Reason.NETWORK_UNAVAILABLE : Reason.TIMEOUT;
            finish(new Judgement(Verdict.UNKNOWN, reason, evidence));
            return;
        }
        ctx.outage()
                .confirmUp(attemptStart)
                .thenAccept(up -> finish(
                        up
                                ? new Judgement(Verdict.DEAD, kind.reason, evidence)
                                : new Judgement(
                                        Verdict.UNKNOWN,
                                        Reason.NETWORK_UNAVAILABLE,
                                        kind.reason + " while the network was not shown to work: " + evidence)));
    }

    private void onAnswer(FetchOutcome.Answered answer) {
        lastAnswer = answer;
        ctx.outage().recordAnswer(current.host());
        int status = answer.status();
        if (status >= 300 && status < 400 && answer.location() != null) {
            RedirectFollower.Step step = ctx.redirects().next(current, answer.location(), visited);
            if (step.ends()) {
                finish(step.end());
            } else {
                current = step.next();
                visited.add(current);
                retriesUsed = 0;
                submit(true);
            }
            return;
        }
        boolean browserRetry = StatusClassifier.blockedForBots(status) && !browserTried;
        if (browserRetry
                || (StatusClassifier.retryable(status)
                        && retriesUsed < ctx.retry().retries())) {
            retryAfterAnswer(answer, browserRetry);
            return;
        }
        if (status >= 200 && status < 400) {
            judgePage(answer);
        } else {
            finish(StatusClassifier.classify(status));
        }
    }

    /** The page rules first; a redirect that still looks alive may have ended on a home page. */
    private void judgePage(FetchOutcome.Answered answer) {
        Judgement byPage = ctx.judge().judge(start, current, answer.page());
        if (byPage.verdict() != Verdict.ALIVE || start.equals(current)) {
            finish(byPage);
            return;
        }
        ctx.homes().judge(start, current, answer.page()).whenComplete((home, bug) -> {
            if (bug != null) {
                log.error("home-page evidence for {} failed", url, bug);
            }
            if (ctx.closed().get()) {
                result.cancel(false);
            } else {
                finish(home == null ? byPage : home.orElse(byPage));
            }
        });
    }

    private void retryAfterAnswer(FetchOutcome.Answered answer, boolean browserRetry) {
        if (browserRetry) {
            browserTried = true;
            browserHeaders = true;
        } else {
            retriesUsed++;
        }
        Optional<Duration> asked = ctx.retry().retryAfter(answer.retryAfter());
        if (asked.isPresent() && !ctx.retry().honours(asked.get())) {
            Judgement giveUp = StatusClassifier.classify(answer.status());
            finish(new Judgement(
                    giveUp.verdict(),
                    giveUp.reason(),
                    "HTTP " + answer.status() + " with Retry-After "
                            + asked.get().toSeconds() + "s, over the cap"));
            return;
        }
        if (asked.isPresent()) {
            // The whole host asked for the pause; the limiter holds its queue until then.
            ctx.limiter().pause(current.host(), asked.get());
            submit(true);
        } else if (browserRetry && answer.status() != 429) {
            submit(true);
        } else {
            later(ctx.retry().backoff(Math.max(1, retriesUsed)));
        }
    }

    private void finish(Judgement judgement) {
        List<String> chain = visited.subList(1, visited.size()).stream()
                .map(HttpUrl::toString)
                .toList();
        long elapsedNanos = attempts == 0 ? 0 : System.nanoTime() - startNanos;
        result.complete(new CheckResult(
                url,
                judgement.verdict(),
                judgement.reason(),
                lastAnswer == null ? null : lastAnswer.status(),
                current.toString(),
                chain,
                lastAnswer == null ? null : lastAnswer.contentType(),
                Duration.ofNanos(elapsedNanos),
                lastAnswer == null ? 0 : lastAnswer.bytesRead(),
                attempts,
                judgement.evidence(),
                tlsInvalid,
                ctx.clock().instant(),
                digest(judgement)));
    }

    /** Drift needs what an ALIVE page says; a dead or unknown page's content is of no use to it. */
    private PageDigest digest(Judgement judgement) {
        if (judgement.verdict() != Verdict.ALIVE || lastAnswer == null) {
            return null;
        }
        return lastAnswer.page().map(PageDigest::of).orElse(null);
    }
}
