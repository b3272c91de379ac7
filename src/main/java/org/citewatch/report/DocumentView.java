package org.citewatch.report;

import java.util.List;
import java.util.Objects;

/**
 * What {@code document.jte} shows: one document's citations, problems first.
 *
 * @param indexHref the way back to the index, relative to the page
 */
record DocumentView(HtmlAssets assets, RunSummary run, String name, String indexHref, List<CitationRow> rows) {

    DocumentView {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(indexHref, "indexHref");
        rows = List.copyOf(rows);
    }

    long problems() {
        return rows.stream().filter(row -> row.kind().isProblem()).count();
    }
}
