package org.citewatch.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The optional Availability first pass: batched POSTs ahead of the lookups when the caller announces
 * them ({@link #prefetch}), else one GET per lookup. Its hits are only candidates (each is replayed
 * before it is offered); its silences are "unknown", so CDX is asked next.
 */
final class AvailabilityPass {

    private final AvailabilityClient client;
    private final int batchSize;

    /** Answers of batched requests not yet used, by URL and target; empty Optional: asked, unknown. */
    private final ConcurrentMap<String, Optional<AvailabilityClient.Hit>> prefetched = new ConcurrentHashMap<>();

    AvailabilityPass(AvailabilityClient client, int batchSize) {
        this.client = client;
        this.batchSize = batchSize;
    }

    void prefetch(List<SnapshotRequest> requests) {
        for (int from = 0; from < requests.size(); from += batchSize) {
            List<SnapshotRequest> batch = requests.subList(from, Math.min(requests.size(), from + batchSize));
            List<AvailabilityClient.Ask> asks = new ArrayList<>(batch.size());
            batch.forEach(r -> asks.add(new AvailabilityClient.Ask(r.url(), r.target())));
            Map<Integer, AvailabilityClient.Hit> hits = client.closestBefore(asks);
            for (int i = 0; i < batch.size(); i++) {
                prefetched.put(key(batch.get(i).url(), batch.get(i).target()), Optional.ofNullable(hits.get(i)));
            }
        }
    }

    /** A capture at or before the target (any, without one), or empty when unknown. */
    Optional<AvailabilityClient.Hit> hit(String url, LocalDate target) {
        Optional<AvailabilityClient.Hit> answer = prefetched.remove(key(url, target));
        if (answer == null) {
            // the GET form answers the closest in either direction; only a capture before counts here
            answer = client.closest(url, target)
                    .filter(h -> target == null || !h.instant().isAfter(Timestamps.endOf(target)));
        }
        return answer;
    }

    private static String key(String url, LocalDate target) {
        return ArchiveCache.target(target) + " " + url;
    }
}
