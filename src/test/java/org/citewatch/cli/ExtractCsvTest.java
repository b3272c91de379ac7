package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractCsvTest {

    private final StringWriter written = new StringWriter();
    private final ExtractCsv printer = new ExtractCsv(new PrintWriter(written));

    @Test
    void startsWithAHeaderOfTheJsonKeys() {
        printer.begin();

        assertThat(written.toString()).isEqualTo(String.join(",", ExtractCitations.KEYS) + "\r\n");
    }

    @Test
    void writesOneRowPerCitationEndingInCrLf() {
        printer.print(ExtractCitations.link("urls.txt", 3, "https://example.org/"));

        assertThat(written.toString())
                .isEqualTo("urls.txt,3,1,https://example.org/,https://example.org/,bare,,,,,,false,,,\r\n");
    }

    @Test
    void writesDatesAsIsoAndTheDeadLinkTagAsWikitext() {
        printer.print(ExtractCitations.deadCiteWeb());

        assertThat(written.toString())
                .contains(
                        ",2009-03-27,sometime in 2009,true,{{死链|date=2018年6月|bot=InternetArchiveBot|fix-attempted=yes}},mofa,2008-04-01\r\n");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # plain text stays as it is
            https://example.org/a         | https://example.org/a
            # a comma, a quote or a line break needs quotes; quotes are doubled
            Smith, John                   | "Smith, John"
            The "Best" Report             | "The ""Best"" Report"
            # what a spreadsheet would run as a formula gets a leading apostrophe
            =HYPERLINK("http://evil")     | "'=HYPERLINK(""http://evil"")"
            +1 555 0100                   | '+1 555 0100
            -2+3                          | '-2+3
            @SUM(A1:A9)                   | '@SUM(A1:A9)
            # a formula sign further in is harmless
            a=b                           | a=b
            """)
    void quotesAndNeutralisesCells(String value, String expected) {
        assertThat(ExtractCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void quotesALineBreak() {
        assertThat(ExtractCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void neutralisesATabOrCarriageReturnAtTheStart() {
        assertThat(ExtractCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(ExtractCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }
}
