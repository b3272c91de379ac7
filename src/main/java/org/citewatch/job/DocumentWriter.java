package org.citewatch.job;

import java.time.Clock;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores the extract step's documents, and records every document the step had to skip as an
 * error of the run, so the report lists it.
 */
class DocumentWriter implements ItemWriter<DocumentExtraction>, SkipListener<Document, DocumentExtraction> {

    private final DocumentRepository documents;
    private final long runId;
    private final Clock clock;

    DocumentWriter(DocumentRepository documents, long runId, Clock clock) {
        this.documents = documents;
        this.runId = runId;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends DocumentExtraction> chunk) {
        for (DocumentExtraction item : chunk) {
            documents.store(runId, item, clock.instant());
        }
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
