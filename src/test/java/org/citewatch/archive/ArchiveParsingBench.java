package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the pure parts a large audit runs most: archive-URL parsing (every citation's
 * archive-url) and reading a long CDX answer. Not a test; run with
 * {@code ./mvnw -B -Pbench test -Dtest=ArchiveParsingBench}.
 */
@Tag("bench")
class ArchiveParsingBench {

    private static final Logger log = LoggerFactory.getLogger(ArchiveParsingBench.class);

    private static final List<String> URLS = List.of(
            "https://web.archive.org/web/20130919044612/http://example.com/",
            "https://web.archive.org/web/2005/http://example.com/old",
            "https://web.archive.org/web/20171124151315id_/https://www.fws.gov/birds/",
            "https://web.archive.org/web/20100101000000/http%3A%2F%2Fexample.com%2Fa%3Fq%3D1",
            "https://archive.ph/x2vQs",
            "https://wayback.archive-it.org/1234/20200101120000/http://example.gov/report",
            "https://perma.cc/ABCD-1234",
            "http://archive.wikiwix.com/cache/?url=http://www.example.fr/page.html&title=Page",
            "https://example.net/not-an-archive");

    @Test
    void parsesArchiveUrls() {
        int rounds = 200_000;
        long start = System.nanoTime();
        long recognised = 0;
        for (int i = 0; i < rounds; i++) {
            for (String url : URLS) {
                recognised += ArchiveUrls.parse(url).isPresent() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.warn("ArchiveUrls.parse: {} URLs/s", Math.round(rounds * URLS.size() / seconds));
        assertThat(recognised).isEqualTo((long) rounds * (URLS.size() - 1));
    }

    @Test
    void readsALongCdxAnswer() {
        StringBuilder body = new StringBuilder("[[\"timestamp\",\"original\",\"statuscode\",\"mimetype\",\"digest\"]");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            body.append(",[\"")
                    .append(19970101000000L + (long) i * 1_000_000L)
                    .append(
                            "\",\"http://www.example.com:80/\",\"200\",\"text/html\",\"Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY\"]");
        }
        body.append("]");
        CdxParser parser = new CdxParser(JsonMapper.builder().build());
        int rounds = 20;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertThat(parser.parse(body.toString())).isPresent();
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        log.warn("CdxParser: {}-row answer ({} bytes) in {} ms", rows, body.length(), Math.round(millis));
    }
}
