package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ordinary 14-digit timestamps are UTC
            20130919044612 | 2013-09-19T04:46:12Z
            19961231235847 | 1996-12-31T23:58:47Z
            # 2000-era crawls wrote month or day 00 and shifted the real fields right
            20000012170449 | 2000-12-17T04:49:00Z
            20000800241623 | 2000-08-24T16:23:00Z
            # padded prefixes have zero months and days: the first of the month or year
            20050000000000 | 2005-01-01T00:00:00Z
            20120600000000 | 2012-06-01T00:00:00Z
            # other out-of-range fields are clamped, never a crash
            20130231256199 | 2013-02-28T23:59:59Z
            """)
    void parsesArchiveTimestampsLeniently(String timestamp, Instant expected) {
        assertThat(Timestamps.parse(timestamp)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"2005, 20050000000000", "201206, 20120600000000", "20171124151315, 20171124151315"})
    void padsTimestampPrefixesToFourteenDigits(String prefix, String padded) {
        assertThat(Timestamps.pad(prefix)).isEqualTo(padded);
    }

    @ParameterizedTest
    @CsvSource({"2013091904461", "201309190446123", "2013O919044612", "00000000000000"})
    void rejectsWhatIsNotATimestamp(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }
}
