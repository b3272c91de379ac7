package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class UrlEquivalenceTest {

    /** Issue 10, item 8: most of the ORIGINAL_MISMATCH reports on real pages were one page by the archive's rules. */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvFileSource(resources = "/fixtures/archive/surt-equivalence.csv", delimiter = '|')
    void comparesUrlsTheWayTheWaybackMachineFilesThem(String original, String cited, boolean same) {
        assertThat(UrlEquivalence.same(original, cited))
                .as("%s -> %s, %s -> %s", original, UrlEquivalence.key(original), cited, UrlEquivalence.key(cited))
                .isEqualTo(same);
    }

    @Test
    void neverDecodesWithoutEnd() {
        String hostile = "http://example.com/" + "%25".repeat(50) + "32";

        assertThat(UrlEquivalence.key(hostile)).startsWith("example.com/");
    }

    @Test
    void treatsNullAsNoMatch() {
        assertThat(UrlEquivalence.same(null, "http://example.com/")).isFalse();
    }
}
