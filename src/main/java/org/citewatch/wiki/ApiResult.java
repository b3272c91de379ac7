package org.citewatch.wiki;

import tools.jackson.databind.JsonNode;

/** What one API request came to: an answer, or why there is none (after the retries the policy allows). */
sealed interface ApiResult {

    /** A JSON answer without an {@code error}; it may still carry {@code warnings}. */
    record Answer(JsonNode body) implements ApiResult {}

    /**
     * No usable answer.
     *
     * @param message for a person: the wiki, what went wrong, the API's error code and text when it
     *     gave one
     * @param giveUp {@code true} when the wiki itself is unwell (lagged, rate-limiting, failing or
     *     unreachable through every retry): the run stops asking it; {@code false} when only this
     *     request was refused
     */
    record Failure(String message, boolean giveUp) implements ApiResult {}
}
