package org.citewatch.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends archive requests politely: through the endpoint's limiter, with the descriptive User-Agent,
 * retrying after a 429 once the shared pause is over, and telling the limiter about requests that got
 * no answer. Redirects are never followed here (the shared
 * client has them off); callers read the Location themselves.
 */
final class ArchiveHttp {

    private static final Logger log = LoggerFactory.getLogger(ArchiveHttp.class);

    private final OkHttpClient client;
    private final String userAgent;

    ArchiveHttp(OkHttpClient client, String userAgent) {
        this.client = client;
        this.userAgent = userAgent;
    }

    /**
     * Sends a request, waiting for the endpoint's turn; on 429 waits out the pause and sends it again
     * until the limiter halts.
     *
     * @param maxBodyBytes how much of the body to read (0: none)
     */
    HttpReply send(EndpointLimiter endpoint, Request request, long maxBodyBytes) {
        Request polite = request.newBuilder().header("User-Agent", userAgent).build();
        while (true) {
            try {
                if (!endpoint.acquire()) {
                    return new HttpReply.Halted("archive endpoint " + endpoint.name() + " keeps answering 429");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new HttpReply.Failed("interrupted while waiting for " + endpoint.name());
            }
            endpoint.sent();
            try (Response response = client.newCall(polite).execute()) {
                if (response.code() == 429) {
                    endpoint.rateLimited(retryAfter(response.header("Retry-After")));
                    continue;
                }
                endpoint.answered();
                Buffer body = read(response, maxBodyBytes);
                boolean truncated = body.size() > maxBodyBytes;
                String text = body.readString(Math.min(body.size(), maxBodyBytes), StandardCharsets.UTF_8);
                return new HttpReply.Answered(response.code(), response.headers(), text, truncated);
            } catch (IOException e) {
                log.debug("archive request to {} failed", endpoint.name(), e);
                String reason = endpoint.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
                if (endpoint.unreachable()) {
                    return new HttpReply.Halted(
                            "archive endpoint " + endpoint.name() + " unreachable (" + reason + ")");
                }
                return new HttpReply.Failed(reason);
            }
        }
    }

    private static Buffer read(Response response, long maxBodyBytes) throws IOException {
        Buffer buffer = new Buffer();
        if (maxBodyBytes <= 0) {
            return buffer;
        }
        BufferedSource source = response.body().source();
        source.request(maxBodyBytes + 1);
        source.read(buffer, Math.min(source.getBuffer().size(), maxBodyBytes + 1));
        return buffer;
    }

    /** Retry-After in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
