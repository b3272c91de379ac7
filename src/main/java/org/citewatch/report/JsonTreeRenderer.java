package org.citewatch.report;

import java.io.OutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A report file that is one JSON document built as a tree (report.json, report.sarif). */
abstract class JsonTreeRenderer implements ReportRenderer {

    protected final JsonMapper mapper;

    JsonTreeRenderer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public final void render(ReportModel model, OutputStream out) {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, tree(model));
    }

    /** The whole document. */
    abstract ObjectNode tree(ReportModel model);
}
