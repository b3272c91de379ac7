package org.citewatch.archive;

import java.util.Objects;
import okhttp3.Headers;

/** What one polite archive request came to: an answer (any status), a failure, or a halted endpoint. */
sealed interface HttpReply {

    /**
     * The archive answered (any status but 429, which {@link ArchiveHttp} handles itself).
     *
     * @param body the body as text, at most the requested number of bytes; empty when not read
     * @param truncated whether the body was longer than the bytes read
     */
    record Answered(int code, Headers headers, String body, boolean truncated) implements HttpReply {
        public Answered {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    /** No answer: connection refused, time-out, reset, interrupted. */
    record Failed(String reason) implements HttpReply {}

    /** The endpoint keeps answering 429 and takes no more requests this run. */
    record Halted(String reason) implements HttpReply {}
}
