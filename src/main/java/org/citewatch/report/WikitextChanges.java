package org.citewatch.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citewatch.extract.Citation;

/**
 * The wikitext changes of a run's citations, looked up by citation (its document, line, column and
 * URL: the place the audit saw it). Immutable.
 */
public final class WikitextChanges {

    private static final WikitextChanges NONE = new WikitextChanges(Map.of());

    private final Map<Key, WikitextChange> byCitation;

    private WikitextChanges(Map<Key, WikitextChange> byCitation) {
        this.byCitation = byCitation;
    }

    private record Key(String document, int line, int column, String url) {
        static Key of(Citation citation) {
            return new Key(citation.document(), citation.line(), citation.column(), citation.url());
        }
    }

    /** No changes: the report shows the suggested fixes only. */
    public static WikitextChanges none() {
        return NONE;
    }

    /** @throws IllegalArgumentException when two changes are for one citation */
    public static WikitextChanges of(List<WikitextChange> changes) {
        Map<Key, WikitextChange> map = new HashMap<>();
        for (WikitextChange change : changes) {
            if (map.putIfAbsent(Key.of(change.citation()), change) != null) {
                throw new IllegalArgumentException("two changes for the citation at "
                        + change.citation().document() + ":" + change.citation().line() + ":"
                        + change.citation().column());
            }
        }
        return new WikitextChanges(Map.copyOf(map));
    }

    public Optional<WikitextChange> forCitation(Citation citation) {
        return Optional.ofNullable(byCitation.get(Key.of(citation)));
    }

    public int size() {
        return byCitation.size();
    }
}
