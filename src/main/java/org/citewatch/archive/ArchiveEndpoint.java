package org.citewatch.archive;

import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One archive endpoint as its clients see it: where it is, and the polite way to ask it (the shared
 * sender with the endpoint's own limiter).
 *
 * @param base the configured base URL
 */
record ArchiveEndpoint(HttpUrl base, ArchiveHttp http, EndpointLimiter limiter) {

    HttpReply send(Request request, long maxBodyBytes) {
        return http.send(limiter, request, maxBodyBytes);
    }

    /** The JSON of a complete 200 answer; empty for any other status, a failure, or a body that is not JSON. */
    Optional<JsonNode> sendForJson(Request request, long maxBodyBytes, JsonMapper json) {
        HttpReply reply = send(request, maxBodyBytes);
        if (!(reply instanceof HttpReply.Answered answer) || answer.code() != 200 || answer.truncated()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readTree(answer.body()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
