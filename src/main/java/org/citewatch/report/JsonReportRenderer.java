package org.citewatch.report;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DocumentError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report.json}: the contract other tools read, described by {@code docs/report.schema.json}.
 * Written field by field rather than by data binding, so that no change to a record can change the
 * file's shape unnoticed; the links are streamed as they are written, so that a run of any size
 * needs no more memory for this file than for one link.
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
                link(json, link);
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
        node.set("archive", archive(run.archive()));
        return node;
    }

    private ObjectNode archive(ArchiveActivity activity) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode requests = node.putObject("requests");
        ObjectNode rateLimited = node.putObject("rateLimited");
        new TreeMap<>(activity.usage().byEndpoint()).forEach((endpoint, usage) -> {
            requests.put(endpoint, usage.requests());
            rateLimited.put(endpoint, usage.rateLimited());
        });
        node.put("deferredLookups", activity.deferredLookups());
        ObjectNode sources = node.putObject("deadLinksBySource");
        new TreeMap<>(activity.deadLinksBySource()).forEach(sources::put);
        return node;
    }

    private ObjectNode verdictCounts(Map<Verdict, Integer> counts) {
        ObjectNode node = mapper.createObjectNode();
        for (Verdict verdict : Verdict.values()) {
            node.put(verdict.name(), counts.getOrDefault(verdict, 0));
        }
        return node;
    }

    private static void link(JsonGenerator json, LinkReport link) {
        json.writeStartObject();
        json.writeStringProperty("url", link.url());
        json.writeStringProperty("verdict", link.verdict().name());
        json.writeStringProperty("reason", link.reason().name());
        number(json, "httpStatus", link.httpStatus());
        json.writeStringProperty("finalUrl", link.finalUrl());
        json.writeStringProperty("checkedAt", instant(link.checkedAt()));
        json.writeBooleanProperty("confirmedDead", link.confirmedDead());
        json.writeBooleanProperty("flapping", link.flapping());
        json.writeStringProperty("evidence", link.evidence());
        snapshot(json, "archive", link.archive());
        json.writeName("history");
        json.writeStartArray();
        for (HistoryEntry entry : link.history()) {
            json.writeStartObject();
            json.writeStringProperty("checkedAt", instant(entry.checkedAt()));
            json.writeStringProperty("verdict", entry.verdict().name());
            json.writeStringProperty("reason", entry.reason().name());
            number(json, "httpStatus", entry.httpStatus());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("citations");
        json.writeStartArray();
        for (CitationReport citation : link.citations()) {
            citation(json, CitationRow.of(link, citation));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void citation(JsonGenerator json, CitationRow row) {
        Citation citation = row.citation();
        json.writeStartObject();
        json.writeStringProperty("document", citation.document());
        json.writeNumberProperty("line", citation.line());
        json.writeNumberProperty("column", citation.column());
        json.writeStringProperty("citedUrl", citation.url());
        json.writeStringProperty("template", citation.template());
        json.writeStringProperty("title", citation.title());
        json.writeStringProperty("archiveUrl", citation.archiveUrl());
        json.writeStringProperty("archiveDate", date(citation.archiveDate()));
        json.writeStringProperty("accessDate", date(citation.accessDate()));
        json.writeBooleanProperty("markedDead", citation.markedDead());
        json.writeBooleanProperty("ignored", citation.ignored());
        json.writeBooleanProperty("citedAsArchive", citation.citedAsArchive());
        json.writeStringProperty(
                "archiveStatus",
                row.report().archiveStatus() == null
                        ? null
                        : row.report().archiveStatus().name());
        json.writeStringProperty("date", date(citation.date()));
        snapshot(json, "snapshot", row.report().snapshot());
        target(json, row.report().target());
        json.writeStringProperty("problem", row.kind().code());
        drift(json, row.report().drift());
        json.writeStringProperty("readings", ProblemText.readings(row).orElse(null));
        json.writeStringProperty("fix", row.fix().orElse(null));
        json.writeEndObject();
    }

    private static void snapshot(JsonGenerator json, String name, Snapshot snapshot) {
        if (snapshot == null) {
            json.writeNullProperty(name);
            return;
        }
        json.writeName(name);
        json.writeStartObject();
        json.writeStringProperty("url", snapshot.url());
        json.writeStringProperty("timestamp", instant(snapshot.timestamp()));
        json.writeStringProperty("source", snapshot.source().label());
        json.writeStringProperty("status", snapshot.status().name());
        if (snapshot.distanceDays() == null) {
            json.writeNullProperty("distanceDays");
        } else {
            json.writeNumberProperty("distanceDays", snapshot.distanceDays());
        }
        json.writeEndObject();
    }

    /** What the drift step found (issue 17): the three titles side by side and the capture. */
    private static void drift(JsonGenerator json, DriftFinding drift) {
        if (drift == null) {
            json.writeNullProperty("drift");
            return;
        }
        json.writeName("drift");
        json.writeStartObject();
        json.writeStringProperty(
                "kind", drift.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeStringProperty("citedTitle", drift.citedTitle());
        json.writeStringProperty("liveTitle", drift.liveTitle());
        json.writeStringProperty("captureTitle", drift.captureTitle());
        json.writeStringProperty("captureUrl", drift.captureUrl());
        json.writeStringProperty("capturedAt", instant(drift.capturedAt()));
        json.writeStringProperty("evidence", drift.evidence());
        json.writeBooleanProperty("countsAsDead", drift.countsAsDead());
        json.writeEndObject();
    }

    /** What the citation's snapshot is measured from (issue 10): {@code {"date", "basis", "named"}}. */
    private static void target(JsonGenerator json, SnapshotTarget target) {
        if (target == null) {
            json.writeNullProperty("snapshotTarget");
            return;
        }
        json.writeName("snapshotTarget");
        json.writeStartObject();
        json.writeStringProperty("date", target.date().toString());
        json.writeStringProperty(
                "basis", target.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeStringProperty("named", SnapshotNote.named(target));
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String date(CitationDate date) {
        return date == null ? null : date.iso();
    }
}
