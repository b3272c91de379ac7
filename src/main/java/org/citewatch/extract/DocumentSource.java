package org.citewatch.extract;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Documents from somewhere other than the local file system, such as a live wiki. An input a source
 * {@linkplain #claims claims} is handed to it; every other input is a file or folder. Sources are
 * Spring beans: a feature that reads documents from elsewhere contributes one, and {@code audit}
 * and {@code extract} take its inputs wherever they take files.
 */
public interface DocumentSource {

    /** Whether the input (as given on the command line or stored with a run) is one of this source's. */
    boolean claims(String input);

    /**
     * Why the input cannot be read at all, found before a run starts (a malformed input, a wiki that
     * refuses clients without a contact), or empty when it can be tried.
     */
    default Optional<String> refusal(String input) {
        return Optional.empty();
    }

    /**
     * Opens the documents the input names, lazily and in a stable order (a restart skips as many as
     * were done).
     *
     * @param memory what earlier runs stored, so that unchanged documents need not be fetched again
     * @param errors receives each document that cannot be read, naming it; reading goes on
     */
    DocumentStream open(String input, SourceMemory memory, Consumer<DocumentError> errors);
}
