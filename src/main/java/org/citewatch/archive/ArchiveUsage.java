package org.citewatch.archive;

import java.util.Map;
import java.util.TreeMap;

/**
 * Requests per archive endpoint ({@code cdx}, {@code availability}, {@code replay}, {@code memento},
 * {@code save}), as a run's report shows them.
 *
 * @param byEndpoint the endpoints asked, by name; an endpoint never asked may be absent
 */
public record ArchiveUsage(Map<String, EndpointUsage> byEndpoint) {

    public static final ArchiveUsage NONE = new ArchiveUsage(Map.of());

    public ArchiveUsage {
        byEndpoint = Map.copyOf(byEndpoint);
    }

    /** The usage of one endpoint, zero when it was not asked. */
    public EndpointUsage of(String endpoint) {
        return byEndpoint.getOrDefault(endpoint, EndpointUsage.NONE);
    }

    /** What was asked since {@code earlier} (a snapshot of the same counters). */
    public ArchiveUsage minus(ArchiveUsage earlier) {
        Map<String, EndpointUsage> delta = new TreeMap<>();
        byEndpoint.forEach((name, usage) -> delta.put(name, usage.minus(earlier.of(name))));
        return new ArchiveUsage(delta);
    }

    /** Whether no request was counted. */
    public boolean isEmpty() {
        return byEndpoint.values().stream().allMatch(u -> u.requests() == 0 && u.rateLimited() == 0);
    }
}
