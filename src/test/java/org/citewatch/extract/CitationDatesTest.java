package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationDatesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # ISO, and ISO-like with / or .
            2009-05-30           | 2009-05-30 | DAY
            2009-5-3             | 2009-05-03 | DAY
            2009/05/30           | 2009-05-30 | DAY
            2009-05              | 2009-05-01 | MONTH
            # day month year, month day year (full and abbreviated month names, any case)
            30 May 2009          | 2009-05-30 | DAY
            1 sept. 2004         | 2004-09-01 | DAY
            May 30, 2009         | 2009-05-30 | DAY
            April 1, 2004        | 2004-04-01 | DAY
            Dec 2 2008           | 2008-12-02 | DAY
            # month year
            April 2008           | 2008-04-01 | MONTH
            October 2007         | 2007-10-01 | MONTH
            # Chinese, with or without spaces, full-width digits
            2009年3月27日          | 2009-03-27 | DAY
            2018年6月             | 2018-06-01 | MONTH
            '2018年6月 '           | 2018-06-01 | MONTH
            2010年               | 2010-01-01 | YEAR
            2009 年 3 月 27 日     | 2009-03-27 | DAY
            ２００９年３月２７日       | 2009-03-27 | DAY
            # Wayback timestamps: 14 digits, or the 8-digit date part
            20090530062757       | 2009-05-30 | DAY
            20090530             | 2009-05-30 | DAY
            # a year alone
            2009                 | 2009-01-01 | YEAR
            """)
    void parsesEveryFormThePagesUse(String raw, String value, CitationDate.Precision precision) {
        CitationDate date = CitationDates.parse(raw);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.value()).hasToString(value);
        assertThat(date.raw()).as("raw text kept, trimmed").isEqualTo(raw.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # not dates at all
            sometime last year
            ''
            # ranges and seasons are kept raw
            July/August 2008
            Spring 2009
            # impossible days are not silently moved
            2009-02-30
            31 April 2009
            # wrong month name
            30 Mai 2009
            """)
    void keepsWhatItCannotParseRaw(String raw) {
        CitationDate date = CitationDates.parse(raw);

        assertThat(date.precision()).isEqualTo(CitationDate.Precision.UNPARSED);
        assertThat(date.value()).isNull();
        assertThat(date.raw()).isEqualTo(raw.strip());
    }

    @Test
    void readsTheCaptureDateOfAWaybackUrl() {
        CitationDate date =
                CitationDates.fromArchiveUrl("https://web.archive.org/web/20090327013235/http://www.iaea.org/a.pdf");

        assertThat(date.iso()).isEqualTo("2009-03-27");
        assertThat(date.raw()).isEqualTo("20090327013235");
    }

    @Test
    void findsNoCaptureDateInAnArchiveUrlWithoutTimestamp() {
        assertThat(CitationDates.fromArchiveUrl("https://archive.ph/AbCdE")).isNull();
        assertThat(CitationDates.fromArchiveUrl("https://web.archive.org/web/2009/http://x.org/"))
                .isNull();
    }
}
