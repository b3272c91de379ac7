package org.citewatch.report;

import java.util.ArrayList;
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
 * @param hrefs the document's pages, relative to the index, separated by spaces (a large document has
 *     several)
 * @param urls the URLs cited on each page, once per page, one per line; pages separated by an empty line
 */
record DocumentEntry(String name, String hrefs, int citations, Map<ProblemKind, Integer> counts, String urls) {

    DocumentEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hrefs, "hrefs");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(urls, "urls");
    }

    static DocumentEntry of(String name, DocumentPages pages, List<CitationRow> rows) {
        Map<ProblemKind, Integer> counts = new EnumMap<>(ProblemKind.class);
        List<String> hrefs = new ArrayList<>();
        List<String> urlsByPage = new ArrayList<>();
        for (int page = 0; page < DocumentPages.pageCount(rows.size()); page++) {
            hrefs.add(pages.hrefFromIndex(name, page));
            Set<String> urls = new LinkedHashSet<>();
            int end = Math.min(rows.size(), (page + 1) * DocumentPages.ROWS_PER_PAGE);
            for (CitationRow row : rows.subList(page * DocumentPages.ROWS_PER_PAGE, end)) {
                counts.merge(row.kind(), 1, Integer::sum);
                // a URL never holds a line break: the separators cannot be forged
                urls.add(row.citation().url());
            }
            urlsByPage.add(String.join("\n", urls));
        }
        return new DocumentEntry(name, String.join(" ", hrefs), rows.size(), counts, String.join("\n\n", urlsByPage));
    }

    /** The document's first page. */
    String href() {
        return hrefs.split(" ", 2)[0];
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
