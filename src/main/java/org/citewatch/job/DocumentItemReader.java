package org.citewatch.job;

import java.util.List;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.DocumentStream;
import org.citewatch.history.DocumentRepository;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The run's documents, read lazily from the inputs (files, folders, wiki pages). Its count is saved
 * with each chunk, so a restart skips the documents already stored (the reader's order is stable);
 * documents that cannot be read are recorded as errors of the run. Sources that remember between runs
 * (the stored revision of a wiki page) use the history database.
 */
class DocumentItemReader extends AbstractItemCountingItemStreamItemReader<Document> {

    private final DocumentInputs reader;
    private final DocumentRepository documents;
    private final List<String> inputs;
    private final long runId;
    private DocumentStream stream;

    DocumentItemReader(DocumentInputs reader, DocumentRepository documents, List<String> inputs, long runId) {
        this.reader = reader;
        this.documents = documents;
        this.inputs = List.copyOf(inputs);
        this.runId = runId;
        setName("documents");
    }

    @Override
    protected void doOpen() {
        stream = reader.open(inputs, documents.sourceMemory(runId), error -> documents.recordError(runId, error));
    }

    @Override
    protected Document doRead() {
        return stream.hasNext() ? stream.next() : null;
    }

    @Override
    protected void doClose() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
