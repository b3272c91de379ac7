package org.citewatch.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens the inputs given on the command line (files, folders, dumps) as one stream of documents,
 * in a stable order (so that a restart can skip what was done).
 */
public interface DocumentReader {

    /**
     * @param inputs files and folders; folders are walked recursively in name order
     * @param errors receives each file or page that cannot be read; reading goes on with the rest
     * @throws java.io.UncheckedIOException never for a bad document, only for a broken machine
     */
    DocumentStream open(List<Path> inputs, Consumer<DocumentError> errors);
}
