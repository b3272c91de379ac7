package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportRendererTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '^',
            value = {
                // formula starters get an apostrophe so spreadsheets show them as text
                "=HYPERLINK(1);          '=HYPERLINK(1)",
                "+1;                     '+1",
                "-2;                     '-2",
                "@SUM(A1);               '@SUM(A1)",
                "＝1;                     '＝1",
                // quoting: commas, quotes and line breaks, with quotes doubled
                "a,b;                    ^\"a,b\"^",
                // plain text and non-ASCII stay as they are
                "http://example.org/a;   http://example.org/a",
                "首尔;                    首尔"
            })
    void neutralisesFormulasAndQuotesAsRfc4180Says(String value, String expected) {
        assertThat(CsvReportRenderer.field(value)).isEqualTo(expected);
    }

    @Test
    void quotesAndNeutralisesTabAndCarriageReturnStarts() {
        assertThat(CsvReportRenderer.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvReportRenderer.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvReportRenderer.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvReportRenderer.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void writesOneRecordPerCitationWithHeaderAndCrlf() throws Exception {
        String csv = render();

        List<List<String>> records = parse(csv);
        assertThat(records.get(0)).isEqualTo(CsvReportRenderer.HEADER);
        assertThat(records)
                .hasSize(1 + 14)
                .allSatisfy(record -> assertThat(record).hasSize(CsvReportRenderer.HEADER.size()));
        assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
    }

    @Test
    void listsProblemsFirst() throws Exception {
        List<List<String>> records = parse(render());

        int problem = CsvReportRenderer.HEADER.indexOf("problem");
        assertThat(records.get(1).get(problem)).isEqualTo("dead-unarchived");
        assertThat(records.get(records.size() - 1).get(problem)).isEqualTo("none");
    }

    @Test
    void noCellOfHostileRowStartsAFormula() throws Exception {
        List<List<String>> records = parse(render());

        for (List<String> record : records) {
            for (String cell : record) {
                assertThat(cell)
                        .as("a spreadsheet would evaluate this cell")
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
        assertThat(records).anySatisfy(record -> assertThat(record).contains("'" + SampleReport.FORMULA_TITLE));
        assertThat(records).anySatisfy(record -> assertThat(record).contains(SampleReport.SCRIPT_TITLE));
        assertThat(records).anySatisfy(record -> assertThat(record).contains(SampleReport.LONG_URL));
    }

    private static String render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportRenderer().render(ReportModel.of(SampleReport.report()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A strict RFC 4180 reader: records end with CRLF outside quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        return records;
    }
}
