package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 item 4: dates citewatch writes into a page follow the page's own style. */
class DateStyleTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", textBlock = """
            # zh and ja: 2009年5月30日 unless the page's citations use ISO days
            zh      | no dates at all                                                     | CJK
            zh-hant | no dates at all                                                     | CJK
            ja      | no dates at all                                                     | CJK
            zh      | '{{cite web|date=2009年3月27日}} {{cite web|access-date=2009-05-30}}' | CJK
            zh      | '{{cite web|date=2009-05-26}} {{cite web|accessdate=2009-05-30}} {{Dead link|date=2018年6月}}' | CJK_ISO
            ja      | '{{cite web|access-date=2009-05-30}}'                               | CJK_ISO
            # zh: a use-dmy template means nothing on a CJK wiki
            zh      | '{{use dmy dates}}'                                                 | CJK
            # en: the style templates and their aliases decide
            en      | '{{Use dmy dates|date=March 2020}} {{cite web|date=2009-05-30}}'   | DMY
            en      | '{{use mdy dates}}'                                                 | MDY
            en      | '{{dmy}}'                                                           | DMY
            en      | '{{Use DMY dates}}'                                                 | DMY
            en      | '{{use dmy}}'                                                       | DMY
            en      | '{{Use_mdy_dates|date=May 2011}}'                                   | MDY
            en      | '{{Use mdy date}}'                                                  | MDY
            en-gb   | '{{usedmy}}'                                                        | DMY
            # templates that only start like one are not style templates
            en      | '{{dmyx}} {{user mdy}} {{cite web|date=May 30, 2009}}'              | MDY
            en      | '{{cite web|date=30 May 2009}} {{ Use mdy dates }}'                  | MDY
            # en: otherwise the form most citation days use; ties and no dates go to ISO
            en      | '{{cite web|date=30 May 2009}} {{cite web|access-date=1 June 2010}} {{cite web|date=2009-05-30}}' | DMY
            en      | '{{cite web|date=May 30, 2009}} {{cite web|access-date=2009-05-30}} {{cite news|date=April 1, 2004}}' | MDY
            en      | '{{cite web|date=May 30, 2009}} {{cite web|access-date=2009-05-30}}' | ISO
            en      | '{{cite web|date=October 2007}}'                                    | ISO
            en      | no dates at all                                                     | ISO
            # other languages follow the English rules
            fr      | '{{cite web|date=30 May 2009}}'                                     | DMY
            # de: 30. Mai 2009 unless the citations use ISO days
            de      | no dates at all                                                     | GERMAN
            de      | '{{Internetquelle|datum=2009-05-30|abruf=2010-01-02}}'              | GERMAN_ISO
            de      | '{{Literatur|Datum=30. Mai 2009}}'                                  | GERMAN
            # unknown language: the page's own dates show it, else the English rules
            NULL    | '[http://x.example/ a]{{Dead link|date=2018年6月 |bot=InternetArchiveBot}}' | CJK
            NULL    | '{{cite web|date=2009年3月27日}} {{cite web|date=2009-05-26}} {{cite web|date=2009-05-30}}' | CJK_ISO
            NULL    | '{{cite web|datum=30. Mai 2009}}'                                   | GERMAN
            NULL    | '{{use mdy dates}} {{cite web|date=2009-05-30}}'                    | MDY
            NULL    | '{{cite web|date=2009-05-30}}'                                      | ISO
            ''      | no dates at all                                                     | ISO
            """)
    void detectsThePageStyleFromItsWikiAndItsDates(String language, String wikitext, DateStyle expected) {
        assertThat(DateStyle.detect(wikitext, language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DMY        | 30 May 2009   | December 2026
            MDY        | May 30, 2009  | December 2026
            ISO        | 2009-05-30    | December 2026
            CJK        | 2009年5月30日   | 2026年12月
            CJK_ISO    | 2009-05-30    | 2026年12月
            GERMAN     | 30. Mai 2009  | Dezember 2026
            GERMAN_ISO | 2009-05-30    | Dezember 2026
            """)
    void writesDaysAndMonthsInTheStyle(DateStyle style, String day, String month) {
        assertThat(style.day(LocalDate.of(2009, 5, 30))).isEqualTo(day);
        assertThat(style.month(YearMonth.of(2026, 12))).isEqualTo(month);
    }

    @Test
    void writesSingleDigitDaysWithoutPadding() {
        assertThat(DateStyle.CJK.day(LocalDate.of(2012, 3, 7))).isEqualTo("2012年3月7日");
        assertThat(DateStyle.DMY.day(LocalDate.of(2012, 3, 7))).isEqualTo("7 March 2012");
        assertThat(DateStyle.ISO.day(LocalDate.of(2012, 3, 7))).isEqualTo("2012-03-07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DMY", "MDY", "ISO", "CJK", "CJK_ISO"})
    void whatItWritesIsReadBackAsTheSameDate(DateStyle style) {
        LocalDate day = LocalDate.of(2009, 5, 30);

        assertThat(CitationDates.parse(style.day(day)).value()).isEqualTo(day);
        assertThat(CitationDates.parse(style.month(YearMonth.of(2009, 5))).value())
                .isEqualTo(LocalDate.of(2009, 5, 1));
    }
}
