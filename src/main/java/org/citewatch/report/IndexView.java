package org.citewatch.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citewatch.extract.DocumentError;

/**
 * What {@code index.jte} shows: the run's counts, problems, unreadable documents and the list of
 * documents, each linking to its own page.
 */
record IndexView(
        HtmlAssets assets,
        RunSummary run,
        Map<ProblemKind, Integer> kinds,
        List<TrendPoint> trend,
        List<DocumentError> errors,
        List<DocumentEntry> documents) {

    IndexView {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(run, "run");
        kinds = Map.copyOf(kinds);
        trend = List.copyOf(trend);
        errors = List.copyOf(errors);
        documents = List.copyOf(documents);
    }
}
