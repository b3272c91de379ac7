package org.citewatch.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores the extract step's documents, has the checks of their due links started ahead once the
 * chunk is committed, and records every document the step had to skip as an error of the run, so
 * the report lists it.
 */
class DocumentWriter implements ItemWriter<DocumentExtraction>, SkipListener<Document, DocumentExtraction> {

    private final DocumentRepository documents;
    private final CheckAhead checkAhead;
    private final long runId;
    private final boolean recheckAll;
    private final Instant runStart;
    private final Clock clock;

    /** @param runStart the time the recheck policy is applied as of, as in the check step */
    DocumentWriter(
            DocumentRepository documents,
            CheckAhead checkAhead,
            long runId,
            boolean recheckAll,
            Instant runStart,
            Clock clock) {
        this.documents = documents;
        this.checkAhead = checkAhead;
        this.runId = runId;
        this.recheckAll = recheckAll;
        this.runStart = runStart;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends DocumentExtraction> chunk) {
        List<Long> stored = new ArrayList<>(chunk.size());
        for (DocumentExtraction item : chunk) {
            stored.add(documents.store(runId, item, clock.instant()));
        }
        checkAhead.afterCommit(runId, recheckAll, runStart, stored);
    }

    @Override
    public void onSkipInRead(Throwable t) {
        documents.recordError(runId, new DocumentError("(input)", 0, message(t)));
    }

    @Override
    public void onSkipInProcess(Document item, Throwable t) {
        documents.recordError(runId, new DocumentError(item.name(), 0, "could not extract: " + message(t)));
    }

    @Override
    public void onSkipInWrite(DocumentExtraction item, Throwable t) {
        documents.recordError(runId, new DocumentError(item.document().name(), 0, "could not store: " + message(t)));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
