package org.citewatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.DocumentStream;

/** Test double of the extraction feature's reader: every file under the inputs, in name order. */
final class FixtureDocumentReader implements DocumentReader {

    @Override
    public DocumentStream open(List<Path> inputs, Consumer<DocumentError> errors) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                errors.accept(new DocumentError(input.toString(), 0, "no such file"));
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Iterator<Path> it = files.iterator();
        return new DocumentStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Document next() {
                Path file = it.next();
                try {
                    return new Document(
                            file.getFileName().toString(),
                            file.toString(),
                            null,
                            DocumentFormat.WIKITEXT,
                            Files.readString(file, StandardCharsets.UTF_8),
                            1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {}
        };
    }
}
