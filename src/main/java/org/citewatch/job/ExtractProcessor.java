package org.citewatch.job;

import java.util.List;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.Extraction;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Extracts a document's citations, unless its content is unchanged since it was last extracted: the
 * same content hash, or, for a wiki page, the stored revision (whose text was not fetched again).
 */
class ExtractProcessor implements ItemProcessor<Document, DocumentExtraction> {

    private static final Logger log = LoggerFactory.getLogger(ExtractProcessor.class);

    private final CitationExtractor extractor;
    private final DocumentRepository documents;

    ExtractProcessor(CitationExtractor extractor, DocumentRepository documents) {
        this.extractor = extractor;
        this.documents = documents;
    }

    @Override
    public DocumentExtraction process(Document document) {
        if (document.wikiPage() != null && document.wikiPage().unchanged()) {
            log.debug("{} is at the stored revision; its stored citations stand", document.name());
            return new DocumentExtraction(
                    document, DocumentExtraction.hashOf(document), true, new Extraction(List.of(), List.of()));
        }
        String hash = DocumentExtraction.hashOf(document);
        if (documents.contentHash(document.name()).filter(hash::equals).isPresent()) {
            log.debug("{} is unchanged; its stored citations stand", document.name());
            return new DocumentExtraction(document, hash, true, new Extraction(List.of(), List.of()));
        }
        Extraction extraction = extractor.extract(document);
        extraction.warnings().forEach(w -> log.debug("{}:{}: {}", w.document(), w.line(), w.message()));
        return new DocumentExtraction(document, hash, false, extraction);
    }
}
