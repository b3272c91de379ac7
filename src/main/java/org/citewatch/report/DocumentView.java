package org.citewatch.report;

import java.util.List;
import java.util.Objects;

/**
 * What {@code document.jte} shows: one document's citations, problems first.
 *
 * @param indexHref the way back to the index, relative to the page
 * @param rows all the document's citations, problems first
 * @param page which of the document's pages this is, from 0
 * @param pageHrefs every page of the document, relative to this one
 * @param diffLinks the links from this page to the diffs of {@code citewatch fix}
 */
record DocumentView(
        HtmlAssets assets,
        RunSummary run,
        String name,
        String indexHref,
        List<CitationRow> rows,
        int page,
        List<String> pageHrefs,
        DiffLinks diffLinks) {

    DocumentView {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(indexHref, "indexHref");
        Objects.requireNonNull(diffLinks, "diffLinks");
        rows = List.copyOf(rows);
        pageHrefs = List.copyOf(pageHrefs);
        if (page < 0 || page >= pageHrefs.size()) {
            throw new IllegalArgumentException("page " + page + " of " + pageHrefs.size());
        }
    }

    long problems() {
        return rows.stream().filter(row -> row.kind().isProblem()).count();
    }

    /** The rows on this page. */
    List<CitationRow> shown() {
        return rows.subList(first(), Math.min(rows.size(), first() + DocumentPages.ROWS_PER_PAGE));
    }

    /** The index of the first row on this page. */
    int first() {
        return page * DocumentPages.ROWS_PER_PAGE;
    }
}
