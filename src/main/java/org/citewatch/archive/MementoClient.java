package org.citewatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Memento aggregator (MemGator's {@code /api/json/<timestamp>/<url>}, the drop-in for the retired
 * Time Travel API) for captures in archives other than the Wayback Machine. Off by default.
 */
final class MementoClient {

    /** A memento the aggregator listed. */
    record Memento(String uri, Instant datetime) {}

    private static final List<String> RELATIONS = List.of("closest", "prev", "next", "first", "last");
    private static final long MAX_BODY_BYTES = 1024 * 1024;

    private final ArchiveEndpoint endpoint;
    private final JsonMapper json;

    MementoClient(ArchiveEndpoint endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.json = json;
    }

    /** The mementos around the target (closest, prev, next, first, last); empty when none or no answer. */
    List<Memento> around(String url, LocalDate target) {
        String timestamp =
                target == null ? Timestamps.format(Instant.now()) : Timestamps.format(Timestamps.endOf(target));
        // the parsed form has no dot segments, so the URL cannot climb out of the API path
        HttpUrl original = HttpUrl.parse(url);
        HttpUrl query = original == null ? null : HttpUrl.parse(endpoint.base() + timestamp + "/" + original);
        if (query == null) {
            return List.of();
        }
        Request request = new Request.Builder()
                .url(query)
                .header("Accept", "application/json")
                .build();
        // 404 is MemGator's "no mementos"; any other unusable answer is simply no help this time
        Optional<JsonNode> answer = endpoint.sendForJson(request, MAX_BODY_BYTES, json);
        if (answer.isEmpty()) {
            return List.of();
        }
        JsonNode mementos = answer.get().path("mementos");
        List<Memento> found = new ArrayList<>();
        for (String relation : RELATIONS) {
            JsonNode entry = mementos.path(relation);
            Instant datetime = datetime(entry.path("datetime").asString(""));
            if (datetime == null) {
                continue;
            }
            // Time Travel gave an array of URIs, MemGator gives one string
            JsonNode uri = entry.path("uri");
            if (uri.isArray()) {
                uri.values().forEach(u -> found.add(new Memento(u.asString(), datetime)));
            } else if (uri.isString()) {
                found.add(new Memento(uri.asString(), datetime));
            }
        }
        return found;
    }

    private static Instant datetime(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
