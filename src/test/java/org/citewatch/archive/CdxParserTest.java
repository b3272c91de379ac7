package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class CdxParserTest {

    private final CdxParser parser = new CdxParser(JsonMapper.builder().build());

    @Test
    void keepsOnlyTwoHundredCapturesWithSaneOriginals() {
        List<Capture> captures = parser.parse(fixture("cdx-captures.json")).orElseThrow();

        assertThat(captures)
                .as("301, 404, revisit (-) and the mailto junk row are dropped")
                .extracting(Capture::timestamp)
                .containsExactly("20100301120000", "20120615093012", "20150110174501");
        assertThat(captures.get(0).original()).isEqualTo("http://example.com:80/news/story.html");
    }

    @Test
    void repairsTheZeroMonthAndDayTimestampsOfOldCrawls() {
        List<Capture> captures =
                parser.parse(fixture("cdx-odd-timestamps.json")).orElseThrow();

        assertThat(captures)
                .as("the data: blob is not a capture of a page")
                .extracting(Capture::instant)
                .containsExactly(Instant.parse("2000-08-24T16:23:00Z"), Instant.parse("2000-12-17T04:49:00Z"));
        assertThat(captures.get(0).timestamp())
                .as("the raw timestamp is kept for the replay URL")
                .isEqualTo("20000800241623");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdx-empty.json", "cdx-header-only.json"})
    void readsBothFormsOfAnEmptyAnswer(String fixtureName) {
        assertThat(parser.parse(fixture(fixtureName))).contains(List.of());
    }

    @Test
    void followsTheHeaderRowWhateverTheFieldOrder() {
        String body = """
                [["original","statuscode","timestamp"],
                 ["http://example.com/","200","20100101000000"],
                 [],
                 ["resumekey-abc"]]
                """;

        assertThat(parser.parse(body).orElseThrow())
                .as("the resumeKey trailer is not a capture")
                .extracting(Capture::timestamp)
                .containsExactly("20100101000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no results for this date range", "<html>error</html>", "{\"error\": 1}"})
    void doesNotReadANonJsonBodyAsNotArchived(String body) {
        assertThat(parser.parse(body)).isEmpty();
    }
}
