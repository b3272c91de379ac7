package org.citewatch.job;

import java.nio.file.Path;
import java.util.List;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.DocumentStream;
import org.citewatch.history.DocumentRepository;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The run's documents, read lazily from the inputs. Its count is saved with each chunk, so a
 * restart skips the documents already stored (the reader's order is stable); files that cannot be
 * read are recorded as errors of the run.
 */
class DocumentItemReader extends AbstractItemCountingItemStreamItemReader<Document> {

    private final DocumentReader reader;
    private final DocumentRepository documents;
    private final List<Path> inputs;
    private final long runId;
    private DocumentStream stream;

    DocumentItemReader(DocumentReader reader, DocumentRepository documents, List<Path> inputs, long runId) {
        this.reader = reader;
        this.documents = documents;
        this.inputs = List.copyOf(inputs);
        this.runId = runId;
        setName("documents");
    }

    @Override
    protected void doOpen() {
        stream = reader.open(inputs, error -> documents.recordError(runId, error));
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
