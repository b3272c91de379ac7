package org.citewatch.report;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citewatch.archive.Snapshot;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DocumentError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report.json}: the contract other tools read, described by {@code docs/report.schema.json}.
 * Each part is built as an explicit tree rather than by data binding, so that no change to a record
 * can change the file's shape unnoticed; the links are streamed one tree at a time, so that a run
 * of any size needs the memory of one link, not of the whole file.
 */
final class JsonReportRenderer implements ReportRenderer {

    /** Bumped on any incompatible change of the file's shape. */
    static final int SCHEMA_VERSION = 1;

    private final JsonMapper mapper;

    JsonReportRenderer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        try (JsonGenerator json = mapper.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
            json.writeName("run");
            json.writeTree(run(model.run()));
            json.writeName("links");
            json.writeStartArray();
            for (LinkReport link : model.report().links()) {
                json.writeTree(link(link));
            }
            json.writeEndArray();
            json.writeName("errors");
            json.writeTree(errors(model.report().errors()));
            json.writeName("trend");
            json.writeTree(trend(model.report().trend()));
            json.writeEndObject();
        }
    }

    private ArrayNode errors(List<DocumentError> errors) {
        ArrayNode nodes = mapper.createArrayNode();
        for (DocumentError error : errors) {
            nodes.addObject()
                    .put("document", error.document())
                    .put("line", error.line())
                    .put("message", error.message());
        }
        return nodes;
    }

    private ArrayNode trend(List<TrendPoint> trend) {
        ArrayNode nodes = mapper.createArrayNode();
        for (TrendPoint point : trend) {
            ObjectNode node =
                    nodes.addObject().put("runId", point.runId()).put("startedAt", instant(point.startedAt()));
            node.set("countsByVerdict", verdictCounts(point.countsByVerdict()));
        }
        return nodes;
    }

    private ObjectNode run(RunSummary run) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", run.id());
        node.put("startedAt", instant(run.startedAt()));
        node.put("finishedAt", instant(run.finishedAt()));
        ArrayNode inputs = node.putArray("inputs");
        run.inputs().forEach(inputs::add);
        node.put("documents", run.documents());
        node.put("citations", run.citations());
        node.put("uniqueUrls", run.uniqueUrls());
        node.set("countsByVerdict", verdictCounts(run.countsByVerdict()));
        ObjectNode reasons = node.putObject("countsByReason");
        for (Reason reason : Reason.values()) {
            Integer count = run.countsByReason().get(reason);
            if (count != null && count > 0) {
                reasons.put(reason.name(), count);
            }
        }
        node.put("errors", run.errors());
        return node;
    }

    private ObjectNode verdictCounts(Map<Verdict, Integer> counts) {
        ObjectNode node = mapper.createObjectNode();
        for (Verdict verdict : Verdict.values()) {
            node.put(verdict.name(), counts.getOrDefault(verdict, 0));
        }
        return node;
    }

    private ObjectNode link(LinkReport link) {
        ObjectNode node = mapper.createObjectNode();
        node.put("url", link.url());
        node.put("verdict", link.verdict().name());
        node.put("reason", link.reason().name());
        node.put("httpStatus", link.httpStatus());
        node.put("finalUrl", link.finalUrl());
        node.put("checkedAt", instant(link.checkedAt()));
        node.put("confirmedDead", link.confirmedDead());
        node.put("flapping", link.flapping());
        node.put("evidence", link.evidence());
        node.set("archive", snapshot(link.archive()));
        ArrayNode history = node.putArray("history");
        for (HistoryEntry entry : link.history()) {
            history.addObject()
                    .put("checkedAt", instant(entry.checkedAt()))
                    .put("verdict", entry.verdict().name())
                    .put("reason", entry.reason().name())
                    .put("httpStatus", entry.httpStatus());
        }
        ArrayNode citations = node.putArray("citations");
        for (CitationReport citation : link.citations()) {
            citations.add(citation(CitationRow.of(link, citation)));
        }
        return node;
    }

    private ObjectNode citation(CitationRow row) {
        Citation citation = row.citation();
        ObjectNode node = mapper.createObjectNode();
        node.put("document", citation.document());
        node.put("line", citation.line());
        node.put("column", citation.column());
        node.put("citedUrl", citation.url());
        node.put("template", citation.template());
        node.put("title", citation.title());
        node.put("archiveUrl", citation.archiveUrl());
        node.put("archiveDate", date(citation.archiveDate()));
        node.put("accessDate", date(citation.accessDate()));
        node.put("markedDead", citation.markedDead());
        node.put(
                "archiveStatus",
                row.report().archiveStatus() == null
                        ? null
                        : row.report().archiveStatus().name());
        node.set("snapshot", snapshot(row.report().snapshot()));
        node.put("problem", row.kind().code());
        node.put("fix", row.fix().orElse(null));
        return node;
    }

    private ObjectNode snapshot(Snapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("url", snapshot.url());
        node.put("timestamp", instant(snapshot.timestamp()));
        node.put("source", snapshot.source().label());
        node.put("status", snapshot.status().name());
        node.put("distanceDays", snapshot.distanceDays());
        return node;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String date(CitationDate date) {
        return date == null ? null : date.iso();
    }
}
