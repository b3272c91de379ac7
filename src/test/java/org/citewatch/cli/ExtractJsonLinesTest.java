package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractJsonLinesTest {

    private final StringWriter written = new StringWriter();
    private final ExtractJsonLines printer = new ExtractJsonLines(new PrintWriter(written));
    private final JsonMapper mapper = JsonMapper.builder().build();

    private JsonNode onlyRecord() {
        String[] lines = written.toString().split("\n");
        assertThat(lines).hasSize(1);
        return mapper.readTree(lines[0]);
    }

    @Test
    void writesExactlyTheDocumentedKeysInOrder() {
        printer.print(ExtractCitations.deadCiteWeb());

        List<String> keys = new ArrayList<>(onlyRecord().propertyNames());
        assertThat(keys).containsExactlyElementsOf(ExtractCitations.KEYS);
    }

    @Test
    void writesTheCitationsValues() {
        printer.print(ExtractCitations.deadCiteWeb());

        JsonNode record = onlyRecord();
        assertThat(record.get("document").asString()).isEqualTo("pages/Seoul.wiki");
        assertThat(record.get("line").asInt()).isEqualTo(12);
        assertThat(record.get("column").asInt()).isEqualTo(34);
        assertThat(record.get("url").asString()).isEqualTo("http://www.mofa.go.kr/eng/");
        assertThat(record.get("template").asString()).isEqualTo("cite web");
        assertThat(record.get("param").asString()).isEqualTo("url");
        assertThat(record.get("title").asString()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(record.get("markedDead").asBoolean()).isTrue();
        assertThat(record.get("refName").asString()).isEqualTo("mofa");
        assertThat(record.get("date").get("iso").asString())
                .as("the citation's own date= (issue 10)")
                .isEqualTo("2008-04-01");
    }

    @Test
    void writesDatesAsIsoAtTheirPrecisionWithTheRawText() {
        printer.print(ExtractCitations.deadCiteWeb());

        JsonNode record = onlyRecord();
        assertThat(record.get("archiveDate").get("iso").asString()).isEqualTo("2009-03-27");
        assertThat(record.get("archiveDate").get("raw").asString()).isEqualTo("2009年3月27日");
        assertThat(record.get("deadLinkTag").get("date").get("iso").asString())
                .as("month precision")
                .isEqualTo("2018-06");
    }

    @Test
    void writesAnUnparsedDateWithANullIsoAndItsRawText() {
        printer.print(ExtractCitations.deadCiteWeb());

        JsonNode accessDate = onlyRecord().get("accessDate");
        assertThat(accessDate.get("iso").isNull()).isTrue();
        assertThat(accessDate.get("raw").asString()).isEqualTo("sometime in 2009");
    }

    @Test
    void writesTheDeadLinkTagAsAnObject() {
        printer.print(ExtractCitations.deadCiteWeb());

        JsonNode tag = onlyRecord().get("deadLinkTag");
        assertThat(tag.get("name").asString()).isEqualTo("死链");
        assertThat(tag.get("bot").asString()).isEqualTo("InternetArchiveBot");
        assertThat(tag.get("fixAttempted").asString()).isEqualTo("yes");
    }

    @Test
    void writesAbsentValuesAsNull() {
        printer.print(ExtractCitations.link("urls.txt", 3, "https://example.org/"));

        JsonNode record = onlyRecord();
        assertThat(record.size()).isEqualTo(15);
        for (String key : List.of(
                "param", "title", "archiveUrl", "archiveDate", "accessDate", "deadLinkTag", "refName", "date")) {
            assertThat(record.get(key).isNull()).as(key).isTrue();
        }
        assertThat(record.get("markedDead").asBoolean()).isFalse();
    }

    @Test
    void keepsOneRecordOnOneLineWhateverTheText() {
        var citation = ExtractCitations.link("a\nb.wiki", 1, "https://example.org/\"quoted\"\n");

        printer.print(citation);

        assertThat(onlyRecord().get("document").asString()).isEqualTo("a\nb.wiki");
    }
}
