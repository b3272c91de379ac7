package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: inputs claimed by a source (a wiki) are read in their place among files. */
class DocumentInputsTest {

    @TempDir
    Path dir;

    /** A source claiming {@code test:} inputs, one document each, that saw the memory it was given. */
    private static final class TestSource implements DocumentSource {
        final List<SourceMemory> memories = new ArrayList<>();

        @Override
        public boolean claims(String input) {
            return input.startsWith("test:");
        }

        @Override
        public DocumentStream open(String input, SourceMemory memory, Consumer<DocumentError> errors) {
            memories.add(memory);
            Iterator<Document> one = List.of(new Document(
                            input,
                            input,
                            null,
                            DocumentFormat.WIKITEXT,
                            "* http://" + input.substring(5),
                            1,
                            null,
                            null))
                    .iterator();
            return new DocumentStream() {
                @Override
                public boolean hasNext() {
                    return one.hasNext();
                }

                @Override
                public Document next() {
                    return one.next();
                }

                @Override
                public void close() {}
            };
        }
    }

    @Test
    void readsEachInputInTheOrderGivenHandingClaimedOnesToTheirSource() throws Exception {
        Path a = Files.writeString(dir.resolve("a.wiki"), "* http://a.example/");
        Path b = Files.writeString(dir.resolve("b.wiki"), "* http://b.example/");
        TestSource source = new TestSource();
        DocumentInputs inputs =
                new DocumentInputs(new FileSystemDocumentReader(InputProperties.defaults()), List.of(source));
        List<String> names = new ArrayList<>();

        try (DocumentStream documents = inputs.open(
                List.of(a.toString(), "test:one.example", b.toString(), "test:two.example"),
                SourceMemory.NONE,
                error -> names.add("error " + error.document()))) {
            documents.forEachRemaining(document -> names.add(document.name()));
        }

        assertThat(names).containsExactly(a.toString(), "test:one.example", b.toString(), "test:two.example");
        assertThat(source.memories).containsOnly(SourceMemory.NONE);
        assertThat(inputs.sourceOf("test:x")).contains(source);
        assertThat(inputs.sourceOf(a.toString())).isEmpty();
    }
}
