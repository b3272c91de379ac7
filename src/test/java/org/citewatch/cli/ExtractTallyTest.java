package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractTallyTest {

    private final ExtractTally tally = new ExtractTally();

    @Test
    void summarisesDocumentsCitationsUniqueAndSkippedUrlsAndErrors() {
        tally.document();
        tally.document();
        tally.citation(ExtractCitations.link("a.wiki", 1, "https://example.org/a"));
        tally.citation(ExtractCitations.link("b.wiki", 1, "https://example.org/a"));
        tally.citation(ExtractCitations.link("b.wiki", 2, "https://example.org/b"));
        tally.citation(ExtractCitations.skipped("b.wiki", "mailto:x@example.org"));
        tally.error();

        assertThat(tally.summary())
                .isEqualTo("citewatch: 2 documents, 4 citations, 2 unique URLs, 1 skipped URL, 1 error");
    }

    @Test
    void mentionsWarningsOnlyWhenThereAreSome() {
        assertThat(tally.summary()).doesNotContain("warning");

        tally.warning();

        assertThat(tally.summary()).endsWith(", 0 errors, 1 warning");
    }
}
