package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportRendererTest {

    /** The OASIS SARIF 2.1.0 schema, see fixtures/report/README.md. */
    private static final Path SCHEMA = Path.of("src/test/resources/fixtures/report/sarif-schema-2.1.0.json");

    @TempDir
    Path dir;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void writesLogValidAgainstTheSarif210Schema() throws Exception {
        Path sarif = write();

        assertThat(JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V4, sarif))
                .isEmpty();
    }

    @Test
    void schemaValidationRejectsAResultWithoutMessage() throws Exception {
        Path sarif = write();
        Files.writeString(sarif, Files.readString(sarif).replaceFirst("\"message\"", "\"note\""));

        assertThat(JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V4, sarif))
                .as("the schema test must be able to fail")
                .isNotEmpty();
    }

    @Test
    void reportsOneResultPerProblemCitationWithLineAndColumn() throws Exception {
        JsonNode run = mapper.readTree(write().toFile()).get("runs").get(0);

        JsonNode results = run.get("results");
        assertThat(results).hasSize(8);
        JsonNode mofa = find(results, "articles/Seoul.wiki", 12);
        assertThat(mofa.get("ruleId").stringValue()).isEqualTo("HTTP_404");
        assertThat(mofa.get("level").stringValue()).isEqualTo("error");
        JsonNode region = mofa.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startColumn").intValue()).isEqualTo(5);
        assertThat(region.get("endColumn").intValue()).isEqualTo(5 + SampleReport.MOFA.length());
        assertThat(mofa.get("message").get("text").stringValue())
                .contains(SampleReport.MOFA, "{{dead link|date=November 2026}}");
        assertThat(find(results, "articles/Seoul.wiki", 30).get("ruleId").stringValue())
                .isEqualTo("ARCHIVE_ORIGINAL_MISMATCH");
        assertThat(find(results, "articles/Seoul.wiki", 33).get("level").stringValue())
                .isEqualTo("note");
    }

    @Test
    void describesEachReasonOnceAsARuleWithHelp() throws Exception {
        JsonNode run = mapper.readTree(write().toFile()).get("runs").get(0);

        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").stringValue()));
        assertThat(ids)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(
                        "HTTP_404",
                        "HTTP_410",
                        "DNS_FAILURE",
                        "SOFT_404",
                        "CONNECTION_REFUSED",
                        "ARCHIVE_ORIGINAL_MISMATCH",
                        "BLOCKED");
        rules.forEach(
                rule -> assertThat(rule.get("help").get("text").stringValue()).isNotBlank());
        run.get("results")
                .forEach(result -> assertThat(ids.get(result.get("ruleIndex").intValue()))
                        .isEqualTo(result.get("ruleId").stringValue()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // relative paths stay relative, so code scanning resolves them in the repository
                "articles/Seoul.wiki;              articles/Seoul.wiki",
                "articles\\Seoul.wiki;             articles/Seoul.wiki",
                // characters outside the URI path grammar are percent-encoded as UTF-8
                "articles/<img src=x>.wiki;        articles/%3Cimg%20src=x%3E.wiki",
                "wiki/首尔.wiki;                    wiki/%E9%A6%96%E5%B0%94.wiki",
                "dump.xml.bz2 > Page;              dump.xml.bz2%20%3E%20Page",
                // absolute paths become file URIs; a colon in the first segment cannot pose as a scheme
                "/srv/wiki/a.wiki;                 file:///srv/wiki/a.wiki",
                "C:\\wiki\\a.wiki;                 file:///C:/wiki/a.wiki",
                "a:b.wiki;                         ./a:b.wiki"
            })
    void turnsDocumentNamesIntoUriReferences(String document, String uri) {
        assertThat(ArtifactUri.of(document)).isEqualTo(uri);
    }

    private Path write() throws Exception {
        Path file = dir.resolve("report.sarif");
        try (var out = Files.newOutputStream(file)) {
            new SarifReportRenderer(mapper).render(ReportModel.of(SampleReport.report()), out);
        }
        return file;
    }

    private static JsonNode find(JsonNode results, String uri, int line) {
        for (JsonNode result : results) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            if (location.get("artifactLocation").get("uri").stringValue().equals(uri)
                    && location.get("region").get("startLine").intValue() == line) {
                return result;
            }
        }
        throw new AssertionError("no result at " + uri + ":" + line);
    }
}
