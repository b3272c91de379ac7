package org.citewatch.wiki;

import java.util.Optional;
import java.util.function.Consumer;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentSource;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.SourceMemory;

/**
 * Pages of a live wiki as documents: the inputs that start with {@code wiki:} ({@link WikiSelection}).
 * Each document is one page at its current revision, named by its address on the wiki; a page whose
 * revision is the one stored by an earlier run comes without its text (its stored citations stand).
 */
final class WikiDocumentSource implements DocumentSource {

    private final WikiApis apis;
    private final WikiProperties settings;

    WikiDocumentSource(WikiApis apis, WikiProperties settings) {
        this.apis = apis;
        this.settings = settings;
    }

    @Override
    public boolean claims(String input) {
        return input.startsWith(WikiSelection.PREFIX);
    }

    @Override
    public Optional<String> refusal(String input) {
        try {
            WikiSelection selection = WikiSelection.parse(input).orElseThrow();
            return apis.refusal(apis.endpointOf(selection.wiki()));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public DocumentStream open(String input, SourceMemory memory, Consumer<DocumentError> errors) {
        Optional<String> refused = refusal(input);
        if (refused.isPresent()) {
            errors.accept(new DocumentError(input, 0, refused.get()));
            return WikiPageStream.EMPTY;
        }
        WikiSelection selection = WikiSelection.parse(input).orElseThrow();
        WikiApi api = apis.forEndpoint(apis.endpointOf(selection.wiki()));
        return new WikiPageStream(api, selection, settings, memory, errors);
    }
}
