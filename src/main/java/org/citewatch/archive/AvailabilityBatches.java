package org.citewatch.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batched Availability POSTs of at most {@code batchSize} lines, with InternetArchiveBot's retry:
 * lines the answer left out (or answered without {@code archived_snapshots}) are asked again, up to
 * {@link #ATTEMPTS} requests in all. What is still unanswered then counts as unknown, like an empty
 * answer: the caller asks CDX.
 */
final class AvailabilityBatches {

    /** Requests per batch: the first, and two more for lines left unanswered (a passing fault). */
    static final int ATTEMPTS = 3;

    private final AvailabilityClient client;
    private final int batchSize;

    AvailabilityBatches(AvailabilityClient client, int batchSize) {
        this.client = client;
        this.batchSize = batchSize;
    }

    int batchSize() {
        return batchSize;
    }

    /**
     * Asks about at most {@link #batchSize()} lines.
     *
     * @return per line, in order: a usable 200 capture, or empty (unknown)
     */
    List<Optional<AvailabilityClient.Hit>> ask(List<AvailabilityClient.Line> lines) {
        if (lines.size() > batchSize) {
            throw new IllegalArgumentException("at most " + batchSize + " lines a request, not " + lines.size());
        }
        List<Optional<AvailabilityClient.Hit>> answers = new ArrayList<>(lines.size());
        List<Integer> open = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            answers.add(Optional.empty());
            open.add(i);
        }
        for (int attempt = 0; attempt < ATTEMPTS && !open.isEmpty() && !client.halted(); attempt++) {
            List<AvailabilityClient.Line> asked = open.stream().map(lines::get).toList();
            Map<Integer, Optional<AvailabilityClient.Hit>> answered = client.post(asked);
            List<Integer> stillOpen = new ArrayList<>();
            for (int j = 0; j < asked.size(); j++) {
                Optional<AvailabilityClient.Hit> answer = answered.get(j);
                if (answer == null) {
                    stillOpen.add(open.get(j));
                } else {
                    answers.set(open.get(j), answer);
                }
            }
            open = stillOpen;
        }
        return answers;
    }
}
