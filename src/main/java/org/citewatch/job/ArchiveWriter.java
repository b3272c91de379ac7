package org.citewatch.job;

import java.util.ArrayList;
import org.citewatch.history.ArchiveRepository;
import org.citewatch.history.CitationArchive;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores the archive step's findings for the run. */
class ArchiveWriter implements ItemWriter<CitationArchive> {

    private final ArchiveRepository archives;
    private final long runId;

    ArchiveWriter(ArchiveRepository archives, long runId) {
        this.archives = archives;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends CitationArchive> chunk) {
        archives.store(runId, new ArrayList<>(chunk.getItems()));
    }
}
