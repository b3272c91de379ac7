package org.citewatch.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON object a line with the keys {@code document, line, column, url, normalizedUrl, template,
 * param, title, archiveUrl, archiveDate, accessDate, markedDead, deadLinkTag, refName, date, access,
 * ignored, citedAsArchive}, in that order; absent values are {@code null}. A date is {@code {"iso": "2018-06", "raw": "June 2018"}}
 * (ISO at the precision written; {@code iso} is {@code null} when the text could not be parsed); a
 * dead-link tag is {@code {"name", "date", "bot", "fixAttempted"}}.
 *
 * <p>Written with one streaming generator straight onto the output: no tree and no string per
 * record, as a dump gives millions of records.
 */
final class ExtractJsonLines implements ExtractPrinter {

    /** Records separated by "\n" written here, not by the generator's default space; flushed by the command. */
    private static final JsonFactory RECORDS = JsonFactory.builder()
            .rootValueSeparator((String) null)
            // the command flushes its output once a document, not once a record
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    /** Writes characters onto the writer. */
    ExtractJsonLines(PrintWriter out) {
        this.json = RECORDS.createGenerator(out);
    }

    /**
     * Writes UTF-8 bytes onto the stream: escaped and encoded in one pass, where the writer encodes
     * every character again (issue 12).
     */
    ExtractJsonLines(OutputStream out) {
        this.json = RECORDS.createGenerator(out, JsonEncoding.UTF8);
    }

    @Override
    public void begin() {
        // JSON lines have no header
    }

    @Override
    public void print(Citation citation) {
        json.writeStartObject();
        json.writeStringProperty("document", citation.document());
        json.writeNumberProperty("line", citation.line());
        json.writeNumberProperty("column", citation.column());
        json.writeStringProperty("url", citation.url());
        json.writeStringProperty("normalizedUrl", citation.normalizedUrl());
        json.writeStringProperty("template", citation.template());
        json.writeStringProperty("param", citation.param());
        json.writeStringProperty("title", citation.title());
        json.writeStringProperty("archiveUrl", citation.archiveUrl());
        date("archiveDate", citation.archiveDate());
        date("accessDate", citation.accessDate());
        json.writeBooleanProperty("markedDead", citation.markedDead());
        tag(citation.deadLinkTag());
        json.writeStringProperty("refName", citation.refName());
        date("date", citation.date());
        json.writeStringProperty("access", citation.access());
        json.writeBooleanProperty("ignored", citation.ignored());
        json.writeBooleanProperty("citedAsArchive", citation.citedAsArchive());
        json.writeEndObject();
        // "\n", not println: the same bytes on every platform
        json.writeRaw('\n');
        // hands the record to the output's own buffer; the output is flushed by the command
        json.flush();
    }

    private void date(String name, CitationDate date) {
        json.writeName(name);
        if (date == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("iso", date.precision() == CitationDate.Precision.UNPARSED ? null : date.iso());
        json.writeStringProperty("raw", date.raw());
        json.writeEndObject();
    }

    private void tag(DeadLinkTag tag) {
        json.writeName("deadLinkTag");
        if (tag == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("name", tag.name());
        date("date", tag.date());
        json.writeStringProperty("bot", tag.bot());
        json.writeStringProperty("fixAttempted", tag.fixAttempted());
        json.writeEndObject();
    }
}
