package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code citewatch extract} end to end, through {@link Main#run}, on fixture files. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final JsonMapper mapper = JsonMapper.builder().build();

    private Path html;
    private Path urls;
    private Path dump;
    private Path wikitext;

    @BeforeEach
    void copyFixtures() throws IOException {
        html = copy("inputs/links.html", "links.html");
        urls = copy("inputs/urls.txt", "urls.txt");
        dump = copy("dumps/malformed.xml", "malformed.xml");
        wikitext = copy("inputs/seoul.wiki", "seoul.wiki");
    }

    private Path copy(String fixture, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            Files.copy(in, target);
        }
        return target;
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<JsonNode> jsonLines() {
        return out.toString().lines().map(mapper::readTree).toList();
    }

    @Test
    void printsOneJsonLinePerCitationWithTheDocumentedFields() {
        int exit = run("extract", urls.toString());

        assertThat(exit).isZero();
        List<JsonNode> records = jsonLines();
        assertThat(records).hasSize(2);
        JsonNode first = records.get(0);
        assertThat(first.propertyNames()).containsExactlyElementsOf(ExtractCitations.KEYS);
        assertThat(first.get("document").asString()).isEqualTo(urls.toString());
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("url").asString()).isEqualTo("https://example.org/a");
        assertThat(first.get("template").asString()).isEqualTo("list");
        assertThat(first.get("deadLinkTag").isNull()).isTrue();
    }

    @Test
    void printsAWikitextCitationWithArchiveDatesDeadLinkTagAndRefName() {
        int exit = run("extract", wikitext.toString());

        assertThat(exit).isZero();
        List<JsonNode> records = jsonLines();
        assertThat(records)
                .extracting(record -> record.get("template").asString())
                .containsExactly("cite web", "bracketed");
        JsonNode mofa = records.get(0);
        assertThat(mofa.get("url").asString()).isEqualTo("http://www.mofa.go.kr/eng/");
        assertThat(mofa.get("param").asString()).isEqualTo("url");
        assertThat(mofa.get("archiveUrl").asString()).startsWith("https://web.archive.org/web/20090530000000/");
        assertThat(mofa.get("archiveDate").toString()).isEqualTo("{\"iso\":\"2009-05-30\",\"raw\":\"30 May 2009\"}");
        assertThat(mofa.get("accessDate").get("iso").asString()).isEqualTo("2009-03-27");
        assertThat(mofa.get("markedDead").asBoolean()).isTrue();
        assertThat(mofa.get("deadLinkTag").toString())
                .isEqualTo("{\"name\":\"Dead link\",\"date\":{\"iso\":\"2018-06\",\"raw\":\"June 2018\"},"
                        + "\"bot\":\"InternetArchiveBot\",\"fixAttempted\":\"yes\"}");
        assertThat(mofa.get("refName").asString()).isEqualTo("mofa");
    }

    @Test
    void printsHtmlLinksWithTheirLineAndText() {
        run("extract", html.toString());

        assertThat(jsonLines())
                .extracting(record -> record.get("url").asString() + " @"
                        + record.get("line").asInt() + " " + record.get("title").asString())
                .containsExactly(
                        "https://example.org/report?a=1&b=2 @5 annual report",
                        "http://example.com/data @7 =SUM(A1:A9)",
                        "mailto:press@example.org @8 press");
    }

    @Test
    void summarisesOnStderr() {
        run("extract", urls.toString(), html.toString());

        assertThat(err.toString().lines().toList())
                .last()
                .isEqualTo("citewatch: 2 documents, 5 citations, 3 unique URLs, 1 skipped URL, 0 errors");
    }

    @Test
    void writesCsvWithFormulaCellsNeutralised() {
        int exit = run("extract", "--format=csv", html.toString());

        assertThat(exit).isZero();
        String[] rows = out.toString().split("\r\n");
        assertThat(rows[0]).startsWith("document,line,column,url,");
        assertThat(rows).hasSize(4);
        assertThat(rows[2]).contains(",'=SUM(A1:A9),").doesNotContain(",=SUM");
    }

    @Test
    void writesATableWithAHeader() {
        int exit = run("extract", "--format", "table", urls.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines().findFirst())
                .hasValueSatisfying(
                        header -> assertThat(header).startsWith("DOCUMENT").contains("LINE:COL", "URL"));
    }

    @Test
    void namesTheDumpPageAsDocumentAndReportsTheErrorWithFilePageAndLine() {
        int exit = run("extract", dump.toString());

        assertThat(exit).as("the page before the error was read").isZero();
        assertThat(err.toString()).contains("citewatch: " + dump + " > Broken page:22: malformed XML");
        assertThat(err.toString().lines().toList()).last().asString().endsWith(", 1 error");
    }

    @Test
    void exitsWith0WhenSomeDocumentsWereReadDespiteErrors() throws IOException {
        Path binary = dir.resolve("binary.wiki");
        Files.write(binary, new byte[] {'x', 0});

        int exit = run("extract", binary.toString(), urls.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("citewatch: " + binary + ":1: binary file");
    }

    @Test
    void exitsWith2WhenNoDocumentCouldBeRead() throws IOException {
        Path binary = dir.resolve("binary.wiki");
        Files.write(binary, new byte[] {'x', 0});

        int exit = run("extract", binary.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .last()
                .isEqualTo("citewatch: 0 documents, 0 citations, 0 unique URLs, 0 skipped URLs, 1 error");
    }

    @Test
    void exitsWith2AndNamesAMissingInput() {
        Path missing = dir.resolve("no-such.wiki");

        int exit = run("extract", urls.toString(), missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(missing + ": no such file or directory");
        assertThat(out.toString())
                .as("nothing is extracted from a mistyped command line")
                .isEmpty();
    }

    @Test
    void exitsWith2WithoutAnyInput() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err.toString()).contains("INPUT");
    }

    @Test
    void exitsWith2ForAnUnknownFormat() {
        assertThat(run("extract", "--format", "xml", urls.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    void listsEveryOptionWithItsDefaultInHelp() {
        assertThat(run("extract", "--help")).isZero();
        assertThat(out.toString()).contains("--format=FORMAT", "Default: jsonl", "INPUT", "Exit codes");
    }

    @Test
    void takesSettingsAsSpringProperties() throws IOException {
        Path pages = copy("dumps/pages.xml", "pages.xml");

        run("extract", pages.toString(), "--citewatch.input.max-document-size=50B");

        assertThat(err.toString())
                .as("pages over the limit set on the command line are reported")
                .contains(pages + " > Seoul:");
    }
}
