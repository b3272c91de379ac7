package org.citewatch.report;

import java.util.Map;
import java.util.Objects;
import org.citewatch.archive.ArchiveUsage;

/**
 * What a run's archive step did: the requests it made per endpoint, the lookups it left for the next
 * run, and which source answered for the dead links.
 *
 * @param usage requests and 429s per endpoint ({@code cdx}, {@code availability}, {@code replay}, ...)
 * @param deferredLookups citations whose snapshot lookup waits for the next run (the CDX budget was
 *     spent)
 * @param deadLinksBySource dead links with a snapshot, by the source's label ({@code wayback-available},
 *     {@code wayback-cdx}, {@code citation}, ...)
 */
public record ArchiveActivity(ArchiveUsage usage, int deferredLookups, Map<String, Integer> deadLinksBySource) {

    public static final ArchiveActivity NONE = new ArchiveActivity(ArchiveUsage.NONE, 0, Map.of());

    public ArchiveActivity {
        Objects.requireNonNull(usage, "usage");
        deadLinksBySource = Map.copyOf(deadLinksBySource);
    }

    /** Requests of all endpoints. */
    public long requests() {
        return usage.byEndpoint().values().stream().mapToLong(u -> u.requests()).sum();
    }

    /** "citation 12, wayback-available 40": which source answered, per dead link, for one-line summaries. */
    public String sourcesLine() {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(deadLinksBySource())
                .forEach((source, count) -> text.append(text.isEmpty() ? "" : ", ")
                        .append(source)
                        .append(' ')
                        .append(count));
        return text.toString();
    }

    /** "cdx 12, availability 3, replay 40": the endpoints asked, for one-line summaries. */
    public String requestsLine() {
        StringBuilder line = new StringBuilder();
        usage.byEndpoint().entrySet().stream()
                .filter(e -> e.getValue().requests() > 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    line.append(line.isEmpty() ? "" : ", ")
                            .append(e.getKey())
                            .append(' ')
                            .append(e.getValue().requests());
                    if (e.getValue().rateLimited() > 0) {
                        line.append(" (").append(e.getValue().rateLimited()).append(" answered 429)");
                    }
                });
        return line.isEmpty() ? "none" : line.toString();
    }
}
