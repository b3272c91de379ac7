package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractUrlSetTest {

    @Test
    void countsEachUrlOnce() {
        ExtractUrlSet urls = new ExtractUrlSet();

        assertThat(urls.add("https://example.org/a")).isTrue();
        assertThat(urls.add("https://example.org/b")).isTrue();
        assertThat(urls.add("https://example.org/a")).isFalse();

        assertThat(urls.size()).isEqualTo(2);
    }

    @Test
    void keepsCountingAsItGrows() {
        ExtractUrlSet urls = new ExtractUrlSet();

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 100_000; i++) {
                urls.add("https://example.org/page/" + i);
            }
        }

        assertThat(urls.size()).as("100,000 distinct URLs added twice").isEqualTo(100_000);
    }

    @Test
    void tellsApartUrlsThatDifferInOneCharacter() {
        ExtractUrlSet urls = new ExtractUrlSet();

        urls.add("https://example.org/a?x=1");
        urls.add("https://example.org/a?x=2");
        urls.add("http://example.org/a?x=1");

        assertThat(urls.size()).isEqualTo(3);
    }
}
