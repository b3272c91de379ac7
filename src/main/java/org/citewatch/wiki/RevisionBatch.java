package org.citewatch.wiki;

import java.util.List;

/**
 * What the API said of a batch of titles.
 *
 * @param revisions the pages found, in the order their titles were asked for, each once
 * @param problems the titles that cannot be read (missing, invalid, text hidden), each with why
 * @param redirects {@code from → to} for each asked title that redirected
 * @param failure what stopped the batch, or {@code null}
 */
record RevisionBatch(
        List<Revision> revisions, List<Problem> problems, List<String> redirects, ApiResult.Failure failure) {

    /** A title that cannot be read. */
    record Problem(String title, String message) {}
}
