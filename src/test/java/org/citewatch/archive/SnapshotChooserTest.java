package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotChooserTest {

    private static final List<Capture> CAPTURES = Stream.of("20100301120000", "20120615093012", "20150110174501")
            .map(ts -> new Capture(ts, Timestamps.parse(ts).orElseThrow(), "http://example.com/"))
            .toList();

    @ParameterizedTest(name = "target {0}")
    @CsvSource(
            nullValues = "none",
            value = {
                // the closest before the target first, going back; then the closest after
                "2013-01-01, 20120615093012 20100301120000 20150110174501",
                // a capture made on the access date counts as before it
                "2012-06-15, 20120615093012 20100301120000 20150110174501",
                // nothing before: the closest after, going forward
                "2009-01-01, 20100301120000 20120615093012 20150110174501",
                // after everything: newest first
                "2020-01-01, 20150110174501 20120615093012 20100301120000",
                // no date to compare with: newest first
                "none, 20150110174501 20120615093012 20100301120000"
            })
    void ordersCapturesClosestBeforeThenClosestAfter(LocalDate target, String expected) {
        List<String> order = SnapshotChooser.candidates(CAPTURES, target).stream()
                .map(Capture::timestamp)
                .toList();

        assertThat(order).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"20120615093012, 2013-01-01, -200", "20150110174501, 2013-01-01, 739", "20130101235959, 2013-01-01, 0"})
    void measuresDistanceInDaysFromTheTarget(String timestamp, LocalDate target, long days) {
        assertThat(SnapshotChooser.distanceDays(Timestamps.parse(timestamp).orElseThrow(), target))
                .isEqualTo(days);
    }
}
