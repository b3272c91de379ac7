package org.citewatch.check;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.citewatch.http.HostLimiter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges DOI and handle links with the handle system's REST API
 * ({@code GET https://doi.org/api/handles/<handle>}): {@code responseCode} 1 means the handle exists
 * (ALIVE), 100 that it does not (DEAD {@code DOI_NOT_FOUND}); any other code, status or failure is
 * UNKNOWN {@code HANDLE_API_ERROR}. Requests go through the host limiter like every check (the API
 * host is one host), 5xx, 429 and network failures are retried with the checker's backoff.
 */
final class HandleApi {

    /** An API answer is a few hundred bytes; more than this is not the API. */
    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HostLimiter limiter;
    private final CheckClients clients;
    private final String userAgent;
    private final RetryPolicy retry;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    HandleApi(
            HostLimiter limiter,
            CheckClients clients,
            String userAgent,
            RetryPolicy retry,
            ScheduledExecutorService timer,
            Clock clock) {
        this.limiter = limiter;
        this.clients = clients;
        this.userAgent = userAgent;
        this.retry = retry;
        this.timer = timer;
        this.clock = clock;
    }

    /** Checks {@code url} (the cited link) by asking the API about {@code link}; never fails. */
    CompletableFuture<CheckResult> check(String url, HandleLink link) {
        return new Lookup(url, link).start();
    }

    private final class Lookup {
        private final String url;
        private final HandleLink link;
        private final CompletableFuture<CheckResult> result = new CompletableFuture<>();
        private final long startNanos = System.nanoTime();
        private int attempts;

        Lookup(String url, HandleLink link) {
            this.url = url;
            this.link = link;
        }

        CompletableFuture<CheckResult> start() {
            submit(false);
            return result;
        }

        private void submit(boolean urgent) {
            limiter.submit(link.api().host(), urgent, this::ask);
        }

        private void ask(HostLimiter.Permit permit) {
            attempts++;
            Request request = new Request.Builder()
                    .url(link.api())
                    .get()
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/json")
                    .build();
            clients.verifying(link.api().host()).newCall(request).enqueue(new Callback() {
                @Override
                public void onFailure(Call call, IOException e) {
                    permit.release();
                    retryOr("no answer from the handle API: " + e, null, null);
                }

                @Override
                public void onResponse(Call call, Response response) {
                    permit.release();
                    try (response) {
                        answered(response);
                    } catch (IOException | RuntimeException e) {
                        retryOr("unreadable handle API answer: " + e, response.code(), null);
                    }
                }
            });
        }

        private void answered(Response response) throws IOException {
            int status = response.code();
            MediaType type = response.body().contentType();
            String contentType = type == null ? null : type.type() + "/" + type.subtype();
            if (status == 429 || status >= 500) {
                retryOr("handle API answered HTTP " + status, status, contentType);
                return;
            }
            Buffer body = new Buffer();
            BufferedSource source = response.body().source();
            while (body.size() < MAX_ANSWER_BYTES && source.read(body, MAX_ANSWER_BYTES - body.size()) != -1) {
                // read on: an answer may arrive in several segments
            }
            int code = responseCode(body.readUtf8());
            // Only the API's own answers count: 200 for a handle, 404 (or 200) for "no such handle".
            if (code == 1 && status == 200) {
                finish(
                        Verdict.ALIVE,
                        Reason.OK,
                        "handle " + link.name() + " exists (responseCode 1)",
                        status,
                        contentType);
            } else if (code == 100 && (status == 200 || status == 404)) {
                finish(
                        Verdict.DEAD,
                        Reason.DOI_NOT_FOUND,
                        "handle " + link.name() + " not found (responseCode 100)",
                        status,
                        contentType);
            } else {
                String what = code < 0 ? "no responseCode" : "responseCode " + code;
                finish(
                        Verdict.UNKNOWN,
                        Reason.HANDLE_API_ERROR,
                        "handle API answered HTTP " + status + " with " + what + " for " + link.name(),
                        status,
                        contentType);
            }
        }

        private void retryOr(String evidence, Integer status, String contentType) {
            if (attempts <= retry.retries()) {
                Duration delay = retry.backoff(attempts);
                try {
                    timer.schedule(() -> submit(true), delay.toNanos(), TimeUnit.NANOSECONDS);
                    return;
                } catch (RejectedExecutionException shutDown) {
                    result.cancel(false);
                    return;
                }
            }
            finish(Verdict.UNKNOWN, Reason.HANDLE_API_ERROR, evidence, status, contentType);
        }

        private void finish(Verdict verdict, Reason reason, String evidence, Integer status, String contentType) {
            result.complete(new CheckResult(
                    url,
                    verdict,
                    reason,
                    status,
                    url,
                    List.of(),
                    contentType,
                    Duration.ofNanos(System.nanoTime() - startNanos),
                    0,
                    attempts,
                    evidence,
                    false,
                    clock.instant()));
        }
    }

    /** The answer's {@code responseCode}, or -1 when the body is not such a JSON object. */
    static int responseCode(String body) {
        try {
            JsonNode code = JSON.readTree(body).path("responseCode");
            return code.isInt() ? code.intValue() : -1;
        } catch (JacksonException notJson) {
            return -1;
        }
    }
}
