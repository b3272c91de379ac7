package org.citewatch.archive;

/**
 * What one archive endpoint was asked.
 *
 * @param requests requests sent (a request answered 429 and sent again counts twice)
 * @param rateLimited 429 answers received
 */
public record EndpointUsage(long requests, long rateLimited) {

    public static final EndpointUsage NONE = new EndpointUsage(0, 0);

    public EndpointUsage {
        if (requests < 0 || rateLimited < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    EndpointUsage minus(EndpointUsage earlier) {
        return new EndpointUsage(requests - earlier.requests, rateLimited - earlier.rateLimited);
    }

    public EndpointUsage plus(EndpointUsage other) {
        return new EndpointUsage(requests + other.requests, rateLimited + other.rateLimited);
    }
}
