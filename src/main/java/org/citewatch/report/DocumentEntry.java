package org.citewatch.report;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One document in the index: its page, its counts, and the URLs it cites (the index searches them).
 *
 * @param href the document's page, relative to the index
 * @param urls every URL the document cites, once, one per line
 */
record DocumentEntry(String name, String href, int citations, Map<ProblemKind, Integer> counts, String urls) {

    DocumentEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(href, "href");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(urls, "urls");
    }

    static DocumentEntry of(String name, String href, List<CitationRow> rows) {
        Map<ProblemKind, Integer> counts = new EnumMap<>(ProblemKind.class);
        Set<String> urls = new LinkedHashSet<>();
        for (CitationRow row : rows) {
            counts.merge(row.kind(), 1, Integer::sum);
            urls.add(row.citation().url());
        }
        return new DocumentEntry(name, href, rows.size(), counts, String.join("\n", urls));
    }

    int count(ProblemKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    int problems() {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().isProblem())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** The codes of the problem kinds present, space separated, for the index's filter. */
    String kindCodes() {
        return counts.keySet().stream()
                .filter(ProblemKind::isProblem)
                .sorted()
                .map(ProblemKind::code)
                .collect(Collectors.joining(" "));
    }
}
