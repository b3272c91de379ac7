package org.citewatch.extract;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The door through which {@code audit} and {@code extract} read their inputs: each input is opened
 * by the {@link DocumentSource} that claims it (a wiki, say), or else read as a file or folder by the
 * {@link DocumentReader}. Inputs are opened one after another, lazily, in the order given, so the
 * documents come in a stable order.
 */
public final class DocumentInputs {

    private final DocumentReader files;
    private final List<DocumentSource> sources;

    public DocumentInputs(DocumentReader files, List<DocumentSource> sources) {
        this.files = Objects.requireNonNull(files, "files");
        this.sources = List.copyOf(sources);
    }

    /** The source that claims the input, or empty for a file or folder. */
    public Optional<DocumentSource> sourceOf(String input) {
        return sources.stream().filter(source -> source.claims(input)).findFirst();
    }

    /**
     * @param inputs files, folders and source inputs ({@code wiki:...}), as given
     * @param memory what earlier runs stored ({@link SourceMemory#NONE} outside a run)
     * @param errors receives each document that cannot be read; reading goes on with the rest
     */
    public DocumentStream open(List<String> inputs, SourceMemory memory, Consumer<DocumentError> errors) {
        return new Chained(inputs, memory, errors);
    }

    /** Consecutive file inputs go to the file reader together, each source input to its source. */
    private final class Chained implements DocumentStream {

        private final Deque<String> pending;
        private final SourceMemory memory;
        private final Consumer<DocumentError> errors;
        private DocumentStream current;
        private Document ahead;

        Chained(List<String> inputs, SourceMemory memory, Consumer<DocumentError> errors) {
            this.pending = new ArrayDeque<>(inputs);
            this.memory = memory;
            this.errors = errors;
        }

        @Override
        public boolean hasNext() {
            // one look ahead, so each underlying stream is asked hasNext() once per document
            while (ahead == null) {
                if (current != null && current.hasNext()) {
                    ahead = current.next();
                    return true;
                }
                if (current != null) {
                    current.close();
                    current = null;
                }
                if (pending.isEmpty()) {
                    return false;
                }
                current = openNext();
            }
            return true;
        }

        private DocumentStream openNext() {
            String input = pending.pollFirst();
            Optional<DocumentSource> source = sourceOf(input);
            if (source.isPresent()) {
                return source.get().open(input, memory, errors);
            }
            List<Path> paths = new ArrayList<>();
            paths.add(Path.of(input));
            while (!pending.isEmpty() && sourceOf(pending.peekFirst()).isEmpty()) {
                paths.add(Path.of(pending.pollFirst()));
            }
            return files.open(paths, errors);
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document document = ahead;
            ahead = null;
            return document;
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
            pending.clear();
            ahead = null;
        }
    }
}
