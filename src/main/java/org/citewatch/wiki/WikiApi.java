package org.citewatch.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One wiki's Action API, asked as its operators ask (API:Etiquette): one request at a time, JSON
 * format version 2, {@code maxlag} on every request, gzip (OkHttp asks for it and unpacks it), the
 * descriptive User-Agent. A lagged wiki ({@code error.code = maxlag}, HTTP 200), a 429 and a 5xx are
 * waited out ({@code Retry-After}, or a pause doubled per try) and asked again, up to {@link
 * WikiProperties#maxTries()} tries; then the wiki is given up. Redirects are not followed: the wiki's
 * address is the operator's configuration, and an API that answers elsewhere is reported so that
 * the right address can be configured (no request ever leaves for a host nobody named).
 */
final class WikiApi {

    private static final Logger log = LoggerFactory.getLogger(WikiApi.class);

    /** Longer URLs go as a POST form: servers and proxies cut long GET lines (50 CJK titles are ~14 kB). */
    private static final int MAX_GET_URL = 2000;

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final String userAgent;
    private final WikiProperties settings;
    private final Pauser pauser;
    private final JsonMapper json;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    WikiApi(
            OkHttpClient client,
            HttpUrl endpoint,
            String userAgent,
            WikiProperties settings,
            Pauser pauser,
            JsonMapper json) {
        this.client = client;
        this.endpoint = endpoint;
        this.userAgent = userAgent;
        this.settings = settings;
        this.pauser = pauser;
        this.json = json;
    }

    HttpUrl endpoint() {
        return endpoint;
    }

    /**
     * Asks a query and follows its continuation exactly as the API returns it: every value of
     * {@code continue} is sent back unchanged with the next request, until an answer has none.
     *
     * @param each receives every answer, in order
     * @return the failure that ended the query early, or {@code null} when it ran to the end
     */
    ApiResult.Failure query(Map<String, String> params, Consumer<JsonNode> each) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("action", "query");
        while (true) {
            ApiResult result = call(next);
            if (result instanceof ApiResult.Failure failure) {
                return failure;
            }
            JsonNode body = ((ApiResult.Answer) result).body();
            each.accept(body);
            JsonNode more = body.path("continue");
            if (!more.isObject() || more.isEmpty()) {
                return null;
            }
            next = new LinkedHashMap<>(params);
            next.put("action", "query");
            for (Map.Entry<String, JsonNode> entry : more.properties()) {
                next.put(entry.getKey(), entry.getValue().asString());
            }
        }
    }

    /** Sends one request, retrying as the etiquette allows; never two at once to this wiki. */
    ApiResult call(Map<String, String> params) {
        oneAtATime.lock();
        try {
            return callSerially(params);
        } finally {
            oneAtATime.unlock();
        }
    }

    private ApiResult callSerially(Map<String, String> params) {
        Request request = request(params);
        String reason = "";
        for (int attempt = 1; attempt <= settings.maxTries(); attempt++) {
            Duration pause;
            try (Response response = client.newCall(request).execute()) {
                int code = response.code();
                if (code == 429 || code >= 500) {
                    reason = "HTTP " + code;
                    pause = retryAfter(response, attempt);
                } else if (code >= 300 && code < 400) {
                    return new ApiResult.Failure(
                            "the API at " + endpoint + " redirects to " + response.header("Location")
                                    + "; give that address with --wiki",
                            true);
                } else if (code != 200) {
                    return new ApiResult.Failure("the API at " + endpoint + " answered HTTP " + code, true);
                } else {
                    JsonNode body = read(response);
                    JsonNode error = body.path("error");
                    if (!error.isObject()) {
                        warnings(body);
                        return new ApiResult.Answer(body);
                    }
                    String errorCode = error.path("code").asString("");
                    if (!errorCode.equals("maxlag")) {
                        return new ApiResult.Failure(
                                endpoint.host() + " refused the request: " + errorCode + ": "
                                        + error.path("info").asString(""),
                                false);
                    }
                    reason = "replication lag " + error.path("lag").asString("?") + " s";
                    Duration asked = retryAfter(response, attempt);
                    pause = asked.compareTo(settings.minPause()) < 0 ? settings.minPause() : asked;
                }
            } catch (IOException | JacksonException e) {
                reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                pause = backoff(attempt);
            }
            if (attempt == settings.maxTries()) {
                break;
            }
            log.info(
                    "{}: {}; asking again in {} s (try {} of {})",
                    endpoint.host(),
                    reason,
                    pause.toSeconds(),
                    attempt + 1,
                    settings.maxTries());
            try {
                pauser.pause(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ApiResult.Failure(endpoint.host() + ": interrupted while waiting to retry", true);
            }
        }
        return new ApiResult.Failure(
                endpoint.host() + ": gave up after " + settings.maxTries() + " tries (" + reason + ")", true);
    }

    private Request request(Map<String, String> params) {
        HttpUrl.Builder url = endpoint.newBuilder();
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("format", "json");
        all.put("formatversion", "2");
        all.put("maxlag", Integer.toString(settings.maxlag()));
        all.forEach(url::addQueryParameter);
        HttpUrl get = url.build();
        Request.Builder request = new Request.Builder().header("User-Agent", userAgent);
        if (get.toString().length() <= MAX_GET_URL) {
            return request.url(get).build();
        }
        FormBody.Builder form = new FormBody.Builder();
        all.forEach(form::add);
        return request.url(endpoint).post(form.build()).build();
    }

    private JsonNode read(Response response) throws IOException {
        long max = settings.maxResponseSize().toBytes();
        try (InputStream body = response.body().byteStream()) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new IOException("answer larger than citewatch.wiki.max-response-size (" + max + " bytes)");
            }
            return json.readTree(bytes);
        }
    }

    private void warnings(JsonNode body) {
        JsonNode warnings = body.path("warnings");
        if (warnings.isObject() && !warnings.isEmpty()) {
            log.debug("{}: API warnings: {}", endpoint.host(), warnings);
        }
    }

    /** The wiki's {@code Retry-After} in seconds (capped), or the doubled backoff. */
    private Duration retryAfter(Response response, int attempt) {
        String header = response.header("Retry-After");
        if (header != null) {
            try {
                Duration asked = Duration.ofSeconds(Long.parseLong(header.strip()));
                return asked.compareTo(settings.maxPause()) > 0 ? settings.maxPause() : asked;
            } catch (NumberFormatException e) {
                log.debug("{}: Retry-After {} is not a number of seconds", endpoint.host(), header);
            }
        }
        return backoff(attempt);
    }

    private Duration backoff(int attempt) {
        Duration pause = settings.minPause().multipliedBy(1L << Math.min(attempt - 1, 16));
        return pause.compareTo(settings.maxPause()) > 0 ? settings.maxPause() : pause;
    }
}
