package org.citewatch.job;

import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveSession;
import org.citewatch.archive.ArchiveUsage;
import org.citewatch.drift.DriftInspector;
import org.citewatch.history.ArchiveRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The drift step's writer: each host bucket of the chunk judged and its findings stored, in the chunk's
 * transaction. The captures it reads go through the archive's replay limiter; what they cost is added
 * to the run's archive requests after every chunk, as the archive step does, so that the report's
 * request counts include them.
 */
class DriftWriter implements ItemWriter<Integer> {

    private final DriftInspector inspector;
    private final ArchiveSession session;
    private final ArchiveRepository archives;
    private final long runId;
    private ArchiveUsage recorded = ArchiveUsage.NONE;

    DriftWriter(DriftInspector inspector, ArchiveAdvisor advisor, ArchiveRepository archives, long runId) {
        this.inspector = inspector;
        this.session = advisor.startSession();
        this.archives = archives;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Integer> buckets) {
        for (Integer bucket : buckets) {
            inspector.inspect(runId, bucket);
        }
        ArchiveUsage now = session.usage();
        archives.addUsage(runId, now.minus(recorded));
        recorded = now;
    }
}
