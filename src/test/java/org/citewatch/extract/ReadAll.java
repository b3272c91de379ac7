package org.citewatch.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: everything a reader gives for some inputs, documents and errors. */
record ReadAll(List<Document> documents, List<DocumentError> errors) {

    static ReadAll of(DocumentReader reader, Path... inputs) {
        List<Document> documents = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        try (DocumentStream stream = reader.open(List.of(inputs), errors::add)) {
            stream.forEachRemaining(documents::add);
        }
        return new ReadAll(documents, errors);
    }

    static ReadAll withDefaults(Path... inputs) {
        return of(new FileSystemDocumentReader(InputProperties.defaults()), inputs);
    }

    List<String> names() {
        return documents.stream().map(Document::name).toList();
    }
}
