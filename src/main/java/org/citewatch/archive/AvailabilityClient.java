package org.citewatch.archive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Wayback Availability API, a cheap first pass before CDX: the GET form for one URL, and
 * InternetArchiveBot's batched POST form ({@code Wayback-Api-Version: 2}, one line per URL) asking
 * for the closest 200 capture before a date. Only a {@code closest} with status 200 counts; an empty
 * answer means "unknown", never "not archived" (the API is known to answer empty for archived URLs).
 */
final class AvailabilityClient {

    /** A capture the API offered. */
    record Hit(String timestamp, Instant instant, String original) {}

    /** One URL and date to ask about in a batch. */
    record Ask(String url, LocalDate target) {}

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private final ArchiveEndpoint endpoint;
    private final JsonMapper json;

    AvailabilityClient(ArchiveEndpoint endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.json = json;
    }

    /** GET: the capture closest to the target in either direction, or empty when unknown. */
    Optional<Hit> closest(String url, LocalDate target) {
        HttpUrl.Builder query = endpoint.base().newBuilder().addQueryParameter("url", url);
        if (target != null) {
            query.addQueryParameter("timestamp", Timestamps.format(Timestamps.endOf(target)));
        }
        Request request = new Request.Builder()
                .url(query.build())
                .header("Accept", "application/json")
                .build();
        return endpoint.sendForJson(request, MAX_BODY_BYTES, json)
                .flatMap(root -> hit(root.path("archived_snapshots")));
    }

    /**
     * POST, InternetArchiveBot style: the closest 200 capture before each target (or the newest).
     *
     * @return the hits by index in {@code asks}; an ask without a hit is unknown
     */
    Map<Integer, Hit> closestBefore(List<Ask> asks) {
        List<Line> lines = new ArrayList<>(asks.size());
        for (Ask ask : asks) {
            lines.add(
                    ask.target() == null
                            ? new Line(ask.url(), null, null)
                            : new Line(ask.url(), Timestamps.format(Timestamps.endOf(ask.target())), Closest.BEFORE));
        }
        Map<Integer, Hit> hits = new HashMap<>();
        post(lines).forEach((i, answer) -> answer.ifPresent(hit -> hits.put(i, hit)));
        return hits;
    }

    /** Which side of a line's timestamp the capture may be on ({@code closest=}); absent: either. */
    enum Closest {
        BEFORE,
        AFTER
    }

    /**
     * One line of a batched POST.
     *
     * @param url the URL asked about
     * @param timestamp 14 digits, or {@code null} for the newest capture
     * @param closest the side of the timestamp, or {@code null} for the closest either way
     */
    record Line(String url, String timestamp, Closest closest) {
        Line {
            java.util.Objects.requireNonNull(url, "url");
        }

        String form(int tag) {
            StringBuilder line = new StringBuilder("url=").append(formEncode(url));
            if (timestamp != null) {
                line.append("&timestamp=").append(timestamp);
            }
            if (closest != null) {
                line.append("&closest=").append(closest.name().toLowerCase(java.util.Locale.ROOT));
            }
            return line.append("&statuscodes=200&tag=").append(tag).toString();
        }
    }

    /**
     * One batched POST ({@code Wayback-Api-Version: 2}, one form-encoded line per URL, tagged with
     * its index), as InternetArchiveBot sends it.
     *
     * @return by index in {@code lines}: a usable 200 capture, or an empty Optional when the answer
     *     line had {@code archived_snapshots} without one (unknown, not "not archived"); a line absent
     *     from the map got no answer (no result, or a result without {@code archived_snapshots}, or the
     *     request failed) and is worth asking again
     */
    Map<Integer, Optional<Hit>> post(List<Line> lines) {
        List<String> form = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            form.add(lines.get(i).form(i));
        }
        Request request = new Request.Builder()
                .url(endpoint.base())
                .header("Accept", "application/json")
                .header("Wayback-Api-Version", "2")
                .post(RequestBody.create(String.join("\n", form), FORM))
                .build();
        Map<Integer, Optional<Hit>> answers = new HashMap<>();
        endpoint.sendForJson(request, MAX_BODY_BYTES, json).ifPresent(root -> {
            for (JsonNode result : root.path("results")) {
                String tag = result.path("tag").asString("");
                if (!tag.matches("\\d{1,9}") || Integer.parseInt(tag) >= lines.size()) {
                    continue;
                }
                // IABot reads a result without archived_snapshots as "no answer" and asks again
                if (result.has("archived_snapshots")) {
                    answers.put(Integer.parseInt(tag), hit(result.path("archived_snapshots")));
                }
            }
        });
        return answers;
    }

    /** Whether the endpoint gave up for this run (persistent 429s or no answer at all). */
    boolean halted() {
        return endpoint.limiter().halted();
    }

    /** A usable {@code closest}: available, status 200 (a redirect capture is unusable), a Wayback URL. */
    private static Optional<Hit> hit(JsonNode snapshots) {
        JsonNode closest = snapshots.path("closest");
        if (!closest.path("available").asBoolean(false)) {
            return Optional.empty();
        }
        // IABot's v2 answers leave out the status when only 200 captures were asked for
        String status = closest.path("status").asString("200");
        String timestamp = closest.path("timestamp").asString("");
        if (!"200".equals(status) || !Timestamps.isFull(timestamp)) {
            return Optional.empty();
        }
        Optional<ArchiveUrl> url = ArchiveUrls.parse(closest.path("url").asString(""))
                .filter(u -> u.service() == ArchiveService.WAYBACK && u.originalUrl() != null);
        Optional<Instant> instant = Timestamps.parse(timestamp);
        if (url.isEmpty() || instant.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hit(timestamp, instant.get(), url.get().originalUrl()));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
