package org.citewatch.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citewatch.extract.Citation;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.WikitextCitationExtractor;

/**
 * The last check before a patch is written: the extractor reads the patched page and must find the
 * same citations (no new one, none lost, none changed in kind), each rescued one now with the archive
 * it was given. A citation whose edits fail the check (on broken wikitext an inserted template can
 * close braces some other construct left open) loses its edits and is listed instead; a wrong page is
 * never written.
 */
final class RoundTrip {

    private final WikitextCitationExtractor extractor;

    RoundTrip(WikitextCitationExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The edits that pass, all of them when the whole set does; the others' citations get a note.
     *
     * @param archives the archive URL each rescued citation must have once patched
     */
    List<Edit> check(String text, List<Edit> edits, Map<Citation, String> archives, List<Note> notes) {
        if (edits.isEmpty() || holds(text, edits, archives)) {
            return edits;
        }
        Map<Citation, List<Edit>> byCitation = new LinkedHashMap<>();
        edits.forEach(e ->
                byCitation.computeIfAbsent(e.citation(), c -> new ArrayList<>()).add(e));
        List<Edit> kept = new ArrayList<>();
        for (Map.Entry<Citation, List<Edit>> own : byCitation.entrySet()) {
            List<Edit> candidate = new ArrayList<>(kept);
            candidate.addAll(own.getValue());
            if (holds(text, candidate, archives)) {
                kept = candidate;
            } else {
                notes.add(new Note(own.getKey(), "the fix would change how the page reads; left for a person"));
            }
        }
        return kept;
    }

    private boolean holds(String text, List<Edit> edits, Map<Citation, String> archives) {
        List<Citation> before = extract(text);
        List<Citation> after = extract(Patch.apply(text, edits));
        if (before.size() != after.size()) {
            return false;
        }
        Map<Citation, String> archived = new HashMap<>();
        for (Edit edit : edits) {
            if (archives.containsKey(edit.citation())) {
                archived.put(edit.citation(), archives.get(edit.citation()));
            }
        }
        for (int i = 0; i < before.size(); i++) {
            Citation b = before.get(i);
            Citation a = after.get(i);
            if (!b.url().equals(a.url())
                    || !b.template().equals(a.template())
                    || !Objects.equals(b.param(), a.param())
                    || !Objects.equals(b.refName(), a.refName())) {
                return false;
            }
            String expected = archived.get(sameCitation(b, archived));
            if (expected != null && !expected.equals(a.archiveUrl())) {
                return false;
            }
        }
        return true;
    }

    /** The key in {@code archived} for the citation at the same place as {@code c}, or {@code null}. */
    private static Citation sameCitation(Citation c, Map<Citation, String> archived) {
        for (Citation key : archived.keySet()) {
            if (key.line() == c.line()
                    && key.column() == c.column()
                    && key.url().equals(c.url())) {
                return key;
            }
        }
        return null;
    }

    private List<Citation> extract(String text) {
        return extractor
                .extract(new Document("page", "page", null, DocumentFormat.WIKITEXT, text, 1, null, null))
                .citations();
    }
}
