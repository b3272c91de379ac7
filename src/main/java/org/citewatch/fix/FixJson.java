package org.citewatch.fix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import org.citewatch.report.AtomicFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fixes.json}: every edit with its page, wiki, base revision, place, exact old and new text,
 * citation and reason, so that a bot framework can replay the edits span by span (checking the old
 * text first); the pages skipped and the citations left unfixed, with why.
 */
final class FixJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** A page left alone, and why. */
    record Skip(String document, String reason) {}

    Path write(Path target, long runId, List<FixedDocument> fixed, Map<String, String> stems, List<Skip> skipped) {
        ObjectNode root = mapper.createObjectNode().put("run", runId);
        ArrayNode edits = root.putArray("edits");
        ArrayNode notes = root.putArray("unfixed");
        ArrayNode files = root.putArray("files");
        for (FixedDocument document : fixed) {
            String text = document.document().text();
            LineColumns lines = new LineColumns(text);
            for (Edit edit : document.fix().edits()) {
                ObjectNode node = page(edits.addObject(), document)
                        .put("line", lines.line(edit.start()))
                        .put("column", lines.column(edit.start()))
                        .put("offset", edit.start())
                        .put("old", edit.oldText())
                        .put("new", edit.newText())
                        .put("reason", edit.reason().name());
                citation(node.putObject("citation"), edit.citation());
            }
            for (Note note : document.fix().notes()) {
                ObjectNode node = page(notes.addObject(), document).put("message", note.message());
                citation(node.putObject("citation"), note.citation());
            }
            if (!document.fix().edits().isEmpty()) {
                String stem = stems.get(document.document().name());
                page(files.addObject(), document).put("diff", stem + ".diff").put("patched", stem + ".wiki");
            }
        }
        ArrayNode skips = root.putArray("skipped");
        for (Skip skip : skipped) {
            skips.addObject().put("document", skip.document()).put("reason", skip.reason());
        }
        return AtomicFile.write(target, out -> {
            try {
                mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
            } catch (tools.jackson.core.JacksonException e) {
                throw new IOException("cannot write " + target, e);
            }
        });
    }

    private static ObjectNode page(ObjectNode node, FixedDocument document) {
        node.put("document", document.document().name());
        node.put("pageTitle", document.pageTitle());
        node.put("wiki", document.wiki());
        Long revision = document.document().revisionId();
        if (revision == null) {
            node.putNull("baseRevisionId");
        } else {
            node.put("baseRevisionId", revision.longValue());
        }
        return node;
    }

    private static void citation(ObjectNode node, Citation citation) {
        node.put("url", citation.url())
                .put("line", citation.line())
                .put("column", citation.column())
                .put("template", citation.template())
                .put("param", citation.param())
                .put("archiveUrl", citation.archiveUrl());
    }
}
