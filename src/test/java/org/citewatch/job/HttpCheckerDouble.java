package org.citewatch.job;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;

/**
 * Test double of the link checker until the real one is wired in: a plain asynchronous GET whose
 * host names all resolve to 127.0.0.1 (WireMock servers), 2xx alive unless the title says "not
 * found", 404/410 dead, anything else unknown. It records every URL asked for and can simulate a
 * crash of the process after a number of checks (an {@link Error}, which no step skips).
 */
final class HttpCheckerDouble implements LinkChecker {

    /** What a {@code kill -9} looks like to the step: nothing the job may catch and go on from. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private final OkHttpClient client;
    private final Queue<String> asked = new ConcurrentLinkedQueue<>();
    private final AtomicInteger crashAfter = new AtomicInteger(Integer.MAX_VALUE);

    HttpCheckerDouble() {
        this(64, 8);
    }

    /** With the checker's global and per-host limits, as OkHttp's dispatcher enforces them. */
    HttpCheckerDouble(int concurrency, int perHost) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(concurrency);
        dispatcher.setMaxRequestsPerHost(perHost);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .followRedirects(false)
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .callTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The next checks after {@code n} more throw {@link SimulatedCrash}. */
    void crashAfter(int n) {
        crashAfter.set(n);
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    void forget() {
        asked.clear();
    }

    @Override
    public CompletableFuture<CheckResult> check(String url) {
        if (crashAfter.getAndDecrement() <= 0) {
            throw new SimulatedCrash();
        }
        asked.add(url);
        Instant start = Instant.now();
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        client.newCall(new Request.Builder().url(url).build()).enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) throws IOException {
                try (response) {
                    String body = response.body().string();
                    int code = response.code();
                    Verdict verdict;
                    Reason reason;
                    if (code >= 200 && code < 300) {
                        boolean soft = body.toLowerCase().contains("<title>page not found");
                        verdict = soft ? Verdict.DEAD : Verdict.ALIVE;
                        reason = soft ? Reason.SOFT_404 : Reason.OK;
                    } else if (code == 404 || code == 410) {
                        verdict = Verdict.DEAD;
                        reason = code == 404 ? Reason.HTTP_404 : Reason.HTTP_410;
                    } else {
                        verdict = Verdict.UNKNOWN;
                        reason = Reason.HTTP_5XX;
                    }
                    result.complete(done(url, verdict, reason, code, start, null));
                }
            }

            @Override
            public void onFailure(Call call, IOException e) {
                result.complete(done(url, Verdict.DEAD, Reason.CONNECTION_REFUSED, null, start, e.getMessage()));
            }
        });
        return result;
    }

    private static CheckResult done(
            String url, Verdict verdict, Reason reason, Integer status, Instant start, String evidence) {
        Instant now = Instant.now();
        return new CheckResult(
                url,
                verdict,
                reason,
                status,
                url,
                List.of(),
                "text/html",
                Duration.between(start, now),
                0,
                1,
                evidence,
                false,
                now);
    }
}
