package org.citewatch.report;

import java.io.OutputStream;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning UIs (GitHub, GitLab), which then annotate
 * the wikitext line. One result per problem citation, located by the document as a relative URI,
 * line and column (UTF-16 code units, as the extractor counts); one rule per reason code, with
 * help text for editors.
 */
final class SarifReportRenderer implements ReportRenderer {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final JsonMapper mapper;

    SarifReportRenderer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String fileName() {
        return "report.sarif";
    }

    /** Written as one tree: it holds the problems only, and its rules come before the results citing them. */
    @Override
    public void render(ReportModel model, OutputStream out) {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, tree(model));
    }

    private ObjectNode tree(ReportModel model) {
        List<CitationRow> problems = model.problems();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "citewatch");
        String version = SarifReportRenderer.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        ArrayNode rules = driver.putArray("rules");
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("startTimeUtc", model.run().startedAt().toString());
        if (model.run().finishedAt() != null) {
            invocation.put("endTimeUtc", model.run().finishedAt().toString());
        }
        ArrayNode results = run.putArray("results");
        for (CitationRow row : problems) {
            SarifRule rule = SarifRule.of(row);
            Integer index = ruleIndex.get(rule.id());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(rule.id(), index);
                rules.add(rule.toJson(mapper));
            }
            results.add(result(row, rule, index));
        }
        return root;
    }

    private ObjectNode result(CitationRow row, SarifRule rule, int ruleIndex) {
        Citation citation = row.citation();
        ObjectNode result = mapper.createObjectNode();
        result.put("ruleId", rule.id());
        result.put("ruleIndex", ruleIndex);
        result.put("level", rule.level());
        result.putObject("message").put("text", message(row));
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", ArtifactUri.of(citation.document()));
        location.putObject("region")
                .put("startLine", citation.line())
                .put("startColumn", citation.column())
                .put("endColumn", citation.column() + Math.max(1, citation.url().length()));
        // Stable across line moves, so code scanning keeps one alert per citation of a URL.
        result.putObject("partialFingerprints")
                .put("citewatchCitation/v1", sha256(citation.document() + '\n' + citation.url() + '\n' + rule.id()));
        return result;
    }

    private static String message(CitationRow row) {
        LinkReport link = row.link();
        StringBuilder text = new StringBuilder(row.kind().label())
                .append(": ")
                .append(row.citation().url());
        text.append(" (")
                .append(link.verdict().name())
                .append(", ")
                .append(link.reason().name());
        if (link.httpStatus() != null) {
            text.append(", HTTP ").append(link.httpStatus());
        }
        text.append(").");
        row.badArchiveStatus()
                .ifPresent(status -> text.append(" Archive link: ").append(ReasonText.of(status)));
        row.fallback()
                .ifPresent(snapshot -> text.append(" Snapshot: ")
                        .append(snapshot.url())
                        .append(" (")
                        .append(SnapshotNote.of(snapshot, row.report().target()))
                        .append(")."));
        ProblemText.readings(row).ifPresent(readings -> text.append(' ').append(readings));
        row.fix().ifPresent(fix -> text.append(" Fix: ").append(fix));
        return text.toString();
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.of(text), 0, 16);
    }
}
