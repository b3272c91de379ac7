package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportRendererTest {

    private static final Path SCHEMA = Path.of("docs/report.schema.json");

    @TempDir
    Path dir;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void writesReportValidAgainstTheDocumentedSchema() throws Exception {
        Path json = write(SampleReport.report());

        List<String> problems = JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V202012, json);

        assertThat(problems)
                .as("report.json must follow docs/report.schema.json")
                .isEmpty();
    }

    @Test
    void schemaRejectsAReportWithAnUnknownVerdict() throws Exception {
        Path json = write(SampleReport.report());
        Files.writeString(json, Files.readString(json).replace("\"verdict\" : \"DEAD\"", "\"verdict\" : \"GONE\""));

        assertThat(JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V202012, json))
                .as("the schema test must be able to fail")
                .isNotEmpty();
    }

    @Test
    void writesWhetherACitationIsIgnoredOrCitesAnArchiveCopy() throws Exception {
        // issue 12 ({{cbignore}}) and issue 10 (a cited archive copy): kept in the report, flagged
        CitationReport ignored = ReportFixtures.flagged(
                ReportFixtures.cite(SampleReport.SEOUL, 4, 1, "http://x.example/", "cite web", null, null, null, false),
                true,
                false);
        Path json = write(ReportFixtures.reportOf(5, List.of(ReportFixtures.dead("http://x.example/", ignored))));

        JsonNode citation = find(mapper.readTree(json.toFile()).get("links"), "http://x.example/")
                .get("citations")
                .get(0);

        assertThat(citation.get("ignored").booleanValue()).isTrue();
        assertThat(citation.get("citedAsArchive").booleanValue()).isFalse();
        assertThat(JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V202012, json))
                .isEmpty();
    }

    @Test
    void writesRunCountsAndIsoInstants() throws Exception {
        JsonNode root = mapper.readTree(write(SampleReport.report()).toFile());

        assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
        JsonNode run = root.get("run");
        assertThat(run.get("id").longValue()).isEqualTo(41);
        assertThat(run.get("startedAt").stringValue()).isEqualTo("2026-11-22T03:00:00Z");
        assertThat(run.get("countsByVerdict").get("DEAD").intValue()).isEqualTo(7);
        assertThat(run.get("countsByVerdict").get("SKIPPED").intValue()).isEqualTo(2);
        assertThat(run.get("countsByReason").has("TIMEOUT"))
                .as("reasons no URL had are left out")
                .isFalse();
        assertThat(root.get("errors").get(0).get("line").intValue()).isEqualTo(12);
    }

    @Test
    void writesArchiveObjectOrNullAndEachCitation() throws Exception {
        JsonNode links = mapper.readTree(write(SampleReport.report()).toFile()).get("links");

        JsonNode news = find(links, SampleReport.NEWS);
        assertThat(news.get("archive").get("source").stringValue()).isEqualTo("wayback-cdx");
        assertThat(news.get("archive").get("timestamp").stringValue()).isEqualTo("2009-05-30T12:00:00Z");
        assertThat(news.get("archive").get("status").stringValue()).isEqualTo("VALID");
        JsonNode citation = news.get("citations").get(0);
        assertThat(citation.get("line").intValue()).isEqualTo(20);
        assertThat(citation.get("problem").stringValue()).isEqualTo("dead-fallback");
        assertThat(citation.get("accessDate").stringValue()).isEqualTo("2009-06-02");
        assertThat(citation.get("fix").stringValue()).startsWith("|archive-url=" + SampleReport.NEWS_SNAPSHOT);

        JsonNode mofa = find(links, SampleReport.MOFA);
        assertThat(mofa.get("archive").isNull())
                .as("no snapshot is an explicit null")
                .isTrue();
        assertThat(mofa.get("httpStatus").intValue()).isEqualTo(404);
    }

    @Test
    void keepsHostileAndNonAsciiTextExact() throws Exception {
        JsonNode links = mapper.readTree(write(SampleReport.report()).toFile()).get("links");

        JsonNode script = find(links, SampleReport.SCRIPT_URL);
        assertThat(script.get("citations").get(0).get("title").stringValue()).isEqualTo(SampleReport.SCRIPT_TITLE);
        assertThat(script.get("httpStatus").isNull()).isTrue();
        assertThat(find(links, SampleReport.CHINESE_URL).get("evidence").stringValue())
                .isEqualTo("首尔特别市 — 「ソウル」");
        assertThat(find(links, SampleReport.LONG_URL).get("url").stringValue()).hasSize(SampleReport.LONG_URL.length());
    }

    private Path write(AuditReport report) throws Exception {
        Path file = dir.resolve("report.json");
        try (var out = Files.newOutputStream(file)) {
            new JsonReportRenderer(mapper).render(ReportModel.of(report), out);
        }
        return file;
    }

    private static JsonNode find(JsonNode links, String url) {
        for (JsonNode link : links) {
            if (link.get("url").stringValue().equals(url)) {
                return link;
            }
        }
        throw new AssertionError("no link " + url);
    }
}
