package org.citewatch.check;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** The result of one GET: a response, or the I/O failure that prevented one. */
sealed interface FetchOutcome {

    /**
     * A response arrived.
     *
     * @param status the HTTP status
     * @param location the Location header, or {@code null}
     * @param retryAfter the Retry-After header, or {@code null}
     * @param contentType the Content-Type's media type without parameters, or {@code null}
     * @param page the sampled HTML of a 2xx HTML response; empty otherwise
     * @param bytesRead body bytes read after decompression
     */
    record Answered(
            int status,
            String location,
            String retryAfter,
            String contentType,
            Optional<PageSample> page,
            long bytesRead)
            implements FetchOutcome {

        public Answered {
            Objects.requireNonNull(page, "page");
        }
    }

    /** No usable response: DNS, connection, TLS or time-out failure. */
    record Failed(IOException error) implements FetchOutcome {

        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
