package org.citewatch.job;

import org.citewatch.drift.DriftInspector;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** The drift step's writer: each host bucket of the chunk judged and its findings stored, in the chunk's transaction. */
class DriftWriter implements ItemWriter<Integer> {

    private final DriftInspector inspector;
    private final long runId;

    DriftWriter(DriftInspector inspector, long runId) {
        this.inspector = inspector;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Integer> buckets) {
        for (Integer bucket : buckets) {
            inspector.inspect(runId, bucket);
        }
    }
}
