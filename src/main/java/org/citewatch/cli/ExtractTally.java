package org.citewatch.cli;

import java.util.Locale;
import org.citewatch.extract.Citation;

/** What an extract run found, for the summary line on stderr and the exit code. */
final class ExtractTally {

    private final ExtractUrlSet uniqueUrls = new ExtractUrlSet();
    private long documents;
    private long citations;
    private long skipped;
    private long errors;
    private long warnings;

    void document() {
        documents++;
    }

    void citation(Citation citation) {
        citations++;
        if (citation.checkable()) {
            uniqueUrls.add(citation.normalizedUrl());
        } else {
            skipped++;
        }
    }

    void error() {
        errors++;
    }

    void warning() {
        warnings++;
    }

    long documents() {
        return documents;
    }

    /** {@code citewatch: 3 documents, 41 citations, 38 unique URLs, 2 skipped URLs, 1 error}. */
    String summary() {
        String line = String.join(
                ", ",
                count(documents, "document"),
                count(citations, "citation"),
                count(uniqueUrls.size(), "unique URL"),
                count(skipped, "skipped URL"),
                count(errors, "error"));
        if (warnings > 0) {
            line += ", " + count(warnings, "warning");
        }
        return "citewatch: " + line;
    }

    private static String count(long n, String what) {
        return String.format(Locale.ROOT, "%d %s%s", n, what, n == 1 ? "" : "s");
    }
}
