package org.citewatch.cli;

import java.io.PrintWriter;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object a line with the keys {@code document, line, column, url, normalizedUrl, template,
 * param, title, archiveUrl, archiveDate, accessDate, markedDead, deadLinkTag, refName, date}, in that
 * order; absent values are {@code null}. A date is {@code {"iso": "2018-06", "raw": "June 2018"}}
 * (ISO at the precision written; {@code iso} is {@code null} when the text could not be parsed); a
 * dead-link tag is {@code {"name", "date", "bot", "fixAttempted"}}.
 */
final class ExtractJsonLines implements ExtractPrinter {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final PrintWriter out;

    ExtractJsonLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // JSON lines have no header
    }

    @Override
    public void print(Citation citation) {
        ObjectNode record = mapper.createObjectNode();
        record.put("document", citation.document());
        record.put("line", citation.line());
        record.put("column", citation.column());
        record.put("url", citation.url());
        record.put("normalizedUrl", citation.normalizedUrl());
        record.put("template", citation.template());
        record.put("param", citation.param());
        record.put("title", citation.title());
        record.put("archiveUrl", citation.archiveUrl());
        record.set("archiveDate", date(citation.archiveDate()));
        record.set("accessDate", date(citation.accessDate()));
        record.put("markedDead", citation.markedDead());
        record.set("deadLinkTag", tag(citation.deadLinkTag()));
        record.put("refName", citation.refName());
        record.set("date", date(citation.date()));
        // "\n", not println: the same bytes on every platform
        out.print(mapper.writeValueAsString(record));
        out.print('\n');
    }

    private ObjectNode date(CitationDate date) {
        if (date == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("iso", date.precision() == CitationDate.Precision.UNPARSED ? null : date.iso());
        node.put("raw", date.raw());
        return node;
    }

    private ObjectNode tag(DeadLinkTag tag) {
        if (tag == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("name", tag.name());
        node.set("date", date(tag.date()));
        node.put("bot", tag.bot());
        node.put("fixAttempted", tag.fixAttempted());
        return node;
    }
}
